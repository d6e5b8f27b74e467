// One QueryClient for the app; failed mutations raise a translated notification unless the form shows them.
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { hasFieldErrors } from './errors';
import { notifyError } from './notify';

declare module '@tanstack/react-query' {
  interface Register {
    /** `fieldErrors: true` means the calling form puts the server's field errors on its fields. */
    /** `showsErrors: true` means the calling page explains every failure itself (no generic toast). */
    mutationMeta: { fieldErrors?: boolean; showsErrors?: boolean };
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // Core pushes an event for every change (see live-events.ts), so cached data stays fresh without polling.
    queries: { staleTime: Infinity, retry: 1 },
    mutations: { retry: false },
  },
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (mutation.meta?.showsErrors) return;
      if (mutation.meta?.fieldErrors && hasFieldErrors(error)) return;
      notifyError(error);
    },
  }),
});
