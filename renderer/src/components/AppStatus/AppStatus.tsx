// Whole-window states before the app can show a page: loading, or the core could not be reached.
import { Button, Center, EmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function AppLoading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm">
        <Loader />
        <Text c="dimmed" size="sm">
          {t('app.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

export function AppLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" p="md">
      <EmptyState
        variant="light"
        color="red"
        icon={<IconPlugConnected size={32} />}
        title={t('app.loadFailed')}
        description={t('app.loadFailedHint')}
      >
        <EmptyState.Actions>
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
