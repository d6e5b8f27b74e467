// Webhooks: settings (default URL, event types, secret), deliveries list, replay, test event.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import type { WebhookSettings } from '../../../../shared/inbox';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useWebhookSettings() {
  return useQuery({
    queryKey: queryKeys.webhooks.settings,
    queryFn: () => bridge.invoke('webhooks.settings'),
  });
}

export function useSetWebhookSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: MethodInput<'webhooks.setSettings'>) => bridge.invoke('webhooks.setSettings', patch),
    onSuccess: (settings: WebhookSettings) => client.setQueryData(queryKeys.webhooks.settings, settings),
    meta: { fieldErrors: true },
  });
}

export function useRegenerateWebhookSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => bridge.invoke('webhooks.regenerateSecret'),
    onSuccess: (settings: WebhookSettings) => client.setQueryData(queryKeys.webhooks.settings, settings),
  });
}

/** Newest first, 50 at a time (the cursor is the last row's id). */
export function useWebhookDeliveries(state?: MethodInput<'webhooks.deliveries'>['state']) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.webhooks.deliveries, state ?? 'all'],
    queryFn: ({ pageParam }) => bridge.invoke('webhooks.deliveries', { limit: 50, state, cursor: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function useInvalidateDeliveries() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries });
}

export function useReplayDelivery() {
  const invalidate = useInvalidateDeliveries();
  return useMutation({
    mutationFn: (id: number) => bridge.invoke('webhooks.replay', { id }),
    onSuccess: invalidate,
  });
}

export function useReplayAllFailed() {
  const invalidate = useInvalidateDeliveries();
  return useMutation({ mutationFn: () => bridge.invoke('webhooks.replayAllFailed'), onSuccess: invalidate });
}

export function useSendTestWebhook() {
  return useMutation({
    mutationFn: (input: MethodInput<'webhooks.sendTest'>) => bridge.invoke('webhooks.sendTest', input),
  });
}
