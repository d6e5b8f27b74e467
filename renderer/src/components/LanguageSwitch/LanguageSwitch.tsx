// Compact ID/EN switch for the header; the full language select lives in Settings.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import { languages } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      radius="xl"
      aria-label={t('header.language')}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={languages.map((value) => ({ value, label: value.toUpperCase() }))}
    />
  );
}
