// The live numbers of a campaign: progress bar, sent/delivered/read/failed/waiting, ETA, and why it waits.
import { Alert, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconClockPause, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CampaignProgress } from '../../../../shared/broadcasts';
import { processedOf } from '../CampaignList/CampaignList';

function formatEta(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms < 60_000) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.round(hours / 24)} d`;
}

/** When a wait ends, in the page's language (not the browser's: an English browser wrote "Thu 07:02 PM"). */
const clock = (at: number | null, language: string) =>
  at === null
    ? ''
    : new Date(at).toLocaleString(language, {
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        second: at - Date.now() < 120_000 ? '2-digit' : undefined,
      });

export function CampaignStats({
  progress,
  deviceName,
}: {
  progress: CampaignProgress;
  deviceName(id: number): string;
}) {
  const { t, i18n } = useTranslation();
  const { counts } = progress;
  const done = processedOf(counts);
  const pct = counts.total ? Math.round((done / counts.total) * 100) : 0;
  const stats: Array<[string, number | string, string?]> = [
    [t('broadcasts.counts.sent'), counts.sent + counts.delivered + counts.read],
    [t('broadcasts.counts.delivered'), counts.delivered + counts.read],
    [t('broadcasts.counts.read'), counts.read],
    [t('broadcasts.counts.failed'), counts.failed, counts.failed ? 'red' : undefined],
    [t('broadcasts.counts.pending'), counts.pending + counts.sending],
    [
      t('broadcasts.counts.eta'),
      progress.etaMs === null ? t('broadcasts.counts.etaNone') : formatEta(progress.etaMs),
    ],
  ];
  const waiting = progress.waiting.filter((w) => w.reason !== 'delay');
  return (
    <Stack gap="md">
      <div>
        <Group justify="space-between" mb={6}>
          <Text size="sm" fw={600} data-testid="campaign-percent">
            {pct}%
          </Text>
          <Text size="sm" c="dimmed">
            {t('broadcasts.counts.progress', { done, total: counts.total })}
          </Text>
        </Group>
        <Progress.Root size="xl">
          <Progress.Section
            value={counts.total ? ((counts.delivered + counts.read) / counts.total) * 100 : 0}
            color="wa.8"
          />
          <Progress.Section value={counts.total ? (counts.sent / counts.total) * 100 : 0} color="wa.4" />
          <Progress.Section value={counts.total ? (counts.failed / counts.total) * 100 : 0} color="red" />
          <Progress.Section value={counts.total ? (counts.skipped / counts.total) * 100 : 0} color="gray.4" />
        </Progress.Root>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {stats.map(([label, value, color]) => (
          <Paper key={label} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="xl" fw={700} c={color} data-testid={`stat-${label}`}>
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {progress.status === 'paused' && progress.pauseReason && (
        <Alert
          color={progress.pauseReason === 'user' ? 'gray' : 'orange'}
          icon={<IconPlayerPause size={18} />}
          data-testid="pause-reason"
        >
          {t(`broadcasts.pauseReason.${progress.pauseReason}`)}
        </Alert>
      )}
      {waiting.map((w) => (
        <Alert key={w.deviceId} color="blue" variant="light" icon={<IconClockPause size={18} />} p="sm">
          <Text size="sm">
            {deviceName(w.deviceId)}:{' '}
            {t(`broadcasts.waiting.${w.reason}`, { time: clock(w.until, i18n.language) })}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
