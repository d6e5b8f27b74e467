// Settings → Desktop app: start with the computer, keep awake while sending, and one switch per notification kind.
import { Card, Divider, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import { notificationKinds, type NotificationKind } from '../../../../shared/desktop-settings';
import type { AppInfo, Settings } from '../../../../shared/domain';
import { notifySuccess } from '../../client/notify';
import { useUpdateSettings } from '../../client/queries/settings';

export function DesktopAppCard({ info, settings }: { info: AppInfo; settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const save = (patch: MethodInput<'settings.set'>) =>
    update.mutate(patch, { onSuccess: () => notifySuccess(t('settings.saved')) });
  const setNotification = (kind: NotificationKind, on: boolean) =>
    save({ notifications: { ...settings.notifications, [kind]: on } });

  return (
    <Card data-testid="desktop-card">
      <Title order={4} mb="md">
        {t('desktop.section')}
      </Title>
      <Stack gap="lg">
        {info.mode === 'headless' && (
          // A standing note, not an alert (role="alert" would be announced to screen readers as a problem).
          <Paper withBorder p="sm" bg="gray.0" data-testid="headless-note">
            <Text size="sm">{t('desktop.headlessNote')}</Text>
          </Paper>
        )}
        <Switch
          label={t('desktop.startAtLogin')}
          description={
            <>
              {t('desktop.startAtLoginHint')}
              {settings.startAtLogin === null && (
                <Text span size="xs" display="block" mt={4} data-testid="start-at-login-pending">
                  {t('desktop.startAtLoginPending')}
                </Text>
              )}
            </>
          }
          checked={settings.startAtLogin === true}
          onChange={(event) => save({ startAtLogin: event.currentTarget.checked })}
          data-testid="start-at-login"
        />
        <Switch
          label={t('desktop.keepAwake')}
          description={t('desktop.keepAwakeHint')}
          checked={settings.keepAwake}
          onChange={(event) => save({ keepAwake: event.currentTarget.checked })}
          data-testid="keep-awake"
        />
        <Divider />
        <div>
          <Title order={5}>{t('desktop.notificationsSection')}</Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('desktop.notificationsHint')}
          </Text>
          <Stack gap="sm">
            {notificationKinds.map((kind) => (
              <Switch
                key={kind}
                label={t(`desktop.notify.${kind}`)}
                checked={settings.notifications[kind]}
                onChange={(event) => setNotification(kind, event.currentTarget.checked)}
                data-testid={`notify-${kind}`}
              />
            ))}
          </Stack>
        </div>
      </Stack>
    </Card>
  );
}
