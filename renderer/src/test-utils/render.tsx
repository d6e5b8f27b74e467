// Renders a component as the app does (main.tsx): the app's theme, i18n (Indonesian unless told), Mantine's
// notifications and the app's react-query client (emptied after each test by vitest.setup.ts), so a failed
// mutation shows the same toast as in the app.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render as testingLibraryRender } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Language } from '../../../shared/domain';
import { queryClient } from '../client/query-client';
import { DEFAULT_LANGUAGE, i18n } from '../i18n';
import { theme } from '../theme';

function AppProviders({ children }: { children: ReactNode }) {
  return (
    // env="test": no transitions and no portals, so modals and toasts are in the document at once.
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

export async function render(ui: ReactNode, { language = DEFAULT_LANGUAGE }: { language?: Language } = {}) {
  await i18n.changeLanguage(language);
  return testingLibraryRender(ui, { wrapper: AppProviders });
}
