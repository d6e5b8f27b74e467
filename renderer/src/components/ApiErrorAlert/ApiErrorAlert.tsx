// Red banner on every page while the local REST API could not start (for example, its port is taken).
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../client/queries/app';
import { hrefOf } from '../../hooks/useHashRoute';

export function ApiErrorAlert() {
  const { t } = useTranslation();
  const apiError = useAppInfo().data?.apiError;
  if (!apiError) return null;
  return (
    <Alert
      color="red"
      variant="light"
      mb="lg"
      icon={<IconAlertTriangle />}
      title={t('apiError.title')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm" fw={500}>
          {apiError}
        </Text>
        <Text size="sm">{t('apiError.hint')}</Text>
        <Button component="a" href={hrefOf('settings')} size="xs" color="red" variant="outline">
          {t('apiError.action')}
        </Button>
      </Stack>
    </Alert>
  );
}
