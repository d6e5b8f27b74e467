// What WhatsApp restricts on a number, in plain words, with a countdown and what to do (device card, campaign page).
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconHandStop, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeviceRestriction } from '../../../../shared/restrictions';
import { useSecondsUntil } from '../../hooks/useSecondsUntil';

/** "1:05:09" / "4:32": a countdown people read at a glance. */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const clock = (at: number, language: string) =>
  new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(at));

interface RestrictionNoticeProps {
  restriction: DeviceRestriction | undefined;
  /** Shown before the text on the campaign page, where several numbers may be listed. */
  deviceName?: string;
}

export function RestrictionNotice({ restriction, deviceName }: RestrictionNoticeProps) {
  const { t, i18n } = useTranslation();
  const locked = restriction?.timelockUntil ?? null;
  const resume = restriction?.resumeAt ?? null;
  const left = useSecondsUntil(locked ?? resume);
  if (!restriction) return null;
  const who = deviceName ? `${deviceName}: ` : '';
  const times = {
    time: locked ? clock(locked, i18n.language) : '',
    resume: resume ? clock(resume, i18n.language) : '',
  };

  if (locked !== null)
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconHandStop size={18} />}
        data-testid="restriction-notice"
        data-kind="timelock"
        title={who + t('restrictions.timelock.title')}
      >
        <Stack gap={4}>
          <Text size="sm">{t('restrictions.timelock.body', times)}</Text>
          <Text size="sm" fw={700} data-testid="restriction-countdown">
            {t('restrictions.timelock.countdown', { left: formatCountdown(left ?? 0) })}
          </Text>
          <Text size="sm">{t('restrictions.timelock.todo')}</Text>
        </Stack>
      </Alert>
    );
  if (restriction.capStage === 'CAPPED')
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconHandStop size={18} />}
        data-testid="restriction-notice"
        data-kind="capped"
        title={who + t('restrictions.capped.title')}
      >
        <Stack gap={4}>
          <Text size="sm">{t('restrictions.capped.body')}</Text>
          <Text size="sm">{t('restrictions.capped.todo')}</Text>
        </Stack>
      </Alert>
    );
  if (resume !== null)
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconHourglass size={18} />}
        data-testid="restriction-notice"
        data-kind="margin"
        title={who + t('restrictions.margin.title')}
      >
        <Stack gap={4}>
          <Text size="sm">{t('restrictions.margin.body', times)}</Text>
          <Text size="sm" fw={700} data-testid="restriction-countdown">
            {t('restrictions.margin.countdown', { left: formatCountdown(left ?? 0) })}
          </Text>
        </Stack>
      </Alert>
    );
  if (restriction.capStage === 'FIRST_WARNING' || restriction.capStage === 'SECOND_WARNING')
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        data-testid="restriction-notice"
        data-kind="warning"
        title={who + t(`restrictions.warning.${restriction.capStage}`)}
      >
        <Stack gap={4}>
          <Text size="sm">{t('restrictions.warning.body')}</Text>
          <Text size="sm">{t('restrictions.warning.todo')}</Text>
        </Stack>
      </Alert>
    );
  return null;
}
