// What WhatsApp restricts on a number, in plain words, with a countdown and what to do (device card, campaign page).
import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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

  const countdown = (key: 'restrictions.timelock.countdown' | 'restrictions.margin.countdown') => (
    <Text size="sm" fw={700} data-testid="restriction-countdown">
      {t(key, { left: formatCountdown(left ?? 0) })}
    </Text>
  );
  if (locked !== null)
    return (
      <Notice
        kind="timelock"
        color="red"
        icon={<IconHandStop size={18} />}
        title={who + t('restrictions.timelock.title')}
      >
        <Text size="sm">{t('restrictions.timelock.body', times)}</Text>
        {countdown('restrictions.timelock.countdown')}
        <Text size="sm">{t('restrictions.timelock.todo')}</Text>
      </Notice>
    );
  if (restriction.capStage === 'CAPPED')
    return (
      <Notice
        kind="capped"
        color="red"
        icon={<IconHandStop size={18} />}
        title={who + t('restrictions.capped.title')}
      >
        <Text size="sm">{t('restrictions.capped.body')}</Text>
        <Text size="sm">{t('restrictions.capped.todo')}</Text>
      </Notice>
    );
  if (resume !== null)
    return (
      <Notice
        kind="margin"
        color="yellow"
        icon={<IconHourglass size={18} />}
        title={who + t('restrictions.margin.title')}
      >
        <Text size="sm">{t('restrictions.margin.body', times)}</Text>
        {countdown('restrictions.margin.countdown')}
      </Notice>
    );
  if (restriction.capStage === 'FIRST_WARNING' || restriction.capStage === 'SECOND_WARNING')
    return (
      <Notice
        kind="warning"
        color="yellow"
        icon={<IconAlertTriangle size={18} />}
        title={who + t(`restrictions.warning.${restriction.capStage}`)}
      >
        <Text size="sm">{t('restrictions.warning.body')}</Text>
        <Text size="sm">{t('restrictions.warning.todo')}</Text>
      </Notice>
    );
  return null;
}

/** One restriction's alert: its kind (for tests and styling), colour, icon, title and lines. */
function Notice(props: { kind: string; color: string; icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Alert
      color={props.color}
      variant="light"
      icon={props.icon}
      data-testid="restriction-notice"
      data-kind={props.kind}
      title={props.title}
    >
      <Stack gap={4}>{props.children}</Stack>
    </Alert>
  );
}
