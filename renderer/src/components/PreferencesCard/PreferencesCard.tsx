// Settings → General: language, default phone region, and (desktop only) close-to-tray.
import { Card, Select, Stack, Switch, Title } from '@mantine/core';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language, Settings } from '../../../../shared/domain';
import { notifySuccess } from '../../client/notify';
import { useUpdateSettings } from '../../client/queries/settings';
import { languages } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';

// Indonesia's neighbours and the countries our users' customers most often come from.
const regions = ['ID', 'MY', 'SG', 'PH', 'TH', 'VN', 'IN', 'AU', 'SA', 'AE', 'US', 'GB', 'NL'] as const;

export function PreferencesCard({ info, settings }: { info: AppInfo; settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [language, setLanguage] = useLanguage();
  const save = (patch: Partial<Pick<Settings, 'defaultRegion' | 'closeToTray'>>) =>
    update.mutate(patch, { onSuccess: () => notifySuccess(t('settings.saved')) });

  return (
    <Card>
      <Title order={4} mb="md">
        {t('settings.generalSection')}
      </Title>
      <Stack gap="lg">
        <Select
          label={t('settings.language')}
          data={languages.map((value) => ({ value, label: t(`languages.${value}`) }))}
          value={language}
          onChange={(value) => value && setLanguage(value as Language)}
          allowDeselect={false}
          maw="24rem"
          data-testid="language-select"
        />
        <Select
          label={t('settings.region')}
          description={t('settings.regionHint')}
          data={regions.map((code) => ({
            value: code,
            label: `${t(`countries.${code}`)} (+${getCountryCallingCode(code as CountryCode)})`,
          }))}
          value={settings.defaultRegion}
          onChange={(value) => value && save({ defaultRegion: value })}
          allowDeselect={false}
          searchable
          maw="24rem"
          data-testid="region-select"
        />
        {info.mode === 'desktop' && (
          <Switch
            label={t('settings.closeToTray')}
            description={t('settings.closeToTrayHint')}
            checked={settings.closeToTray}
            onChange={(event) => save({ closeToTray: event.currentTarget.checked })}
          />
        )}
      </Stack>
    </Card>
  );
}
