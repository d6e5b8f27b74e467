// Settings → Data security: in plain words, whether the WhatsApp keys and secrets are sealed and what protects
// their key (the OS keychain, a key file, nothing), and a warning when the stored key could not be opened.
import { Alert, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/domain';

export function KeyProtectionCard({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const { level, backend, lostKey, keyFile } = info.keyProtection;
  const color = level === 'keychain' ? 'teal' : level === 'key_file' ? 'yellow' : 'red';
  return (
    <Card data-testid="key-protection-card">
      <Title order={4} mb="md">
        {t('security.section')}
      </Title>
      <Stack gap="md">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <ThemeIcon color={color} variant="light" radius="xl">
            {level === 'none' ? <IconLockOpen size={16} /> : <IconLock size={16} />}
          </ThemeIcon>
          <Text size="sm" data-testid="key-protection" data-level={level}>
            {t(`security.level.${level}`, {
              backend: backend ?? t('security.backendDefault'),
              keyFile: keyFile ?? '',
            })}
          </Text>
        </Group>
        {lostKey && (
          <Alert color="orange" icon={<IconAlertTriangle size={16} />} data-testid="key-lost">
            {t('security.lostKey')}
          </Alert>
        )}
        {level === 'keychain' && (
          <Text size="xs" c="dimmed">
            {t('security.backupNote')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
