// While a spreadsheet import runs: "checking the numbers" until the first contacts are stored, then how many of
// them are saved (a million-row file takes a while; the user sees it move).
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportProgress } from '../../client/queries/broadcasts';

export function ImportProgressBar({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const progress = useImportProgress(token);
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-US' : 'id-ID');
  const percent = progress && progress.total > 0 ? (progress.stored / progress.total) * 100 : 100;
  return (
    <Stack gap={4} data-testid="import-progress">
      <Progress value={percent} striped animated={!progress} aria-label={t('broadcasts.import.checking')} />
      <Text size="sm" c="dimmed">
        {progress
          ? t('broadcasts.import.saving', { stored: number(progress.stored), total: number(progress.total) })
          : t('broadcasts.import.checking')}
      </Text>
    </Stack>
  );
}
