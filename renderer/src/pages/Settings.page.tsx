// Settings: API access (address, key, port), data security, general preferences, the desktop app (login,
// notifications).
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../client/queries/app';
import { useSettings } from '../client/queries/settings';
import { ApiAccessCard } from '../components/ApiAccessCard/ApiAccessCard';
import { DesktopAppCard } from '../components/DesktopAppCard/DesktopAppCard';
import { KeyProtectionCard } from '../components/KeyProtectionCard/KeyProtectionCard';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { UpdatesCard } from '../components/UpdatesCard/UpdatesCard';
import { PreferencesCard } from '../components/PreferencesCard/PreferencesCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const info = useAppInfo().data;
  const settings = useSettings().data;
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {info && settings && (
        <Stack gap="lg">
          <ApiAccessCard info={info} settings={settings} />
          <KeyProtectionCard info={info} />
          <PreferencesCard info={info} settings={settings} />
          <DesktopAppCard info={info} settings={settings} />
          <UpdatesCard settings={settings} />
        </Stack>
      )}
    </>
  );
}
