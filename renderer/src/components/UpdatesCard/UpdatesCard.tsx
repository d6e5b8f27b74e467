// Settings → Updates: the automatic-update switch, where the update stands, "check now" and, once an update
// is downloaded, "restart to update" (core refuses it while a campaign sends).
import { Anchor, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain';
import type { UpdateStatus } from '../../../../shared/updates';
import { notifyError, notifySuccess } from '../../client/notify';
import { useUpdateSettings } from '../../client/queries/settings';
import { useCheckForUpdates, useInstallUpdate, useUpdateStatus } from '../../client/queries/updates';

function StatusLine({ status }: { status: UpdateStatus }) {
  const { t } = useTranslation();
  const text = t(`desktop.update.${status.state}`, {
    version: status.version ?? '',
    percent: status.percent ?? 0,
    message: status.message ?? '',
  });
  return (
    <Text size="sm" c={status.state === 'error' ? 'red' : 'dimmed'} data-testid="update-status">
      {text}{' '}
      {status.state === 'newer' && status.url && (
        <Anchor href={status.url} target="_blank" rel="noreferrer" size="sm">
          {status.url}
        </Anchor>
      )}
    </Text>
  );
}

export function UpdatesCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const status = useUpdateStatus().data;
  const check = useCheckForUpdates();
  const install = useInstallUpdate();
  return (
    <Card data-testid="updates-card">
      <Title order={4} mb="md">
        {t('desktop.updatesSection')}
      </Title>
      <Stack gap="md">
        <Switch
          label={t('desktop.autoUpdate')}
          description={t('desktop.autoUpdateHint')}
          checked={settings.autoUpdate}
          onChange={(event) =>
            update.mutate(
              { autoUpdate: event.currentTarget.checked },
              { onSuccess: () => notifySuccess(t('settings.saved')) },
            )
          }
          data-testid="auto-update"
        />
        {status && (
          <>
            <Text size="sm">{t('desktop.version', { version: status.currentVersion })}</Text>
            <StatusLine status={status} />
          </>
        )}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            loading={check.isPending || status?.state === 'checking'}
            onClick={() => check.mutate()}
            data-testid="check-updates"
          >
            {t('desktop.checkNow')}
          </Button>
          {status?.state === 'ready' && (
            <Button onClick={() => install.mutate(undefined, { onError: notifyError })}>
              {t('desktop.restartToUpdate')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
