// Why a device is not connected and what to do next, in plain words; nothing while it is connected.
import { Alert, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../shared/domain';
import { isKnownReason } from '../../i18n/reasons';

const colors: Partial<Record<DeviceStatus, MantineColor>> = {
  logged_out: 'red',
  failed: 'red',
  reconnecting: 'orange',
  qr: 'yellow',
};

interface DeviceStatusNoteProps {
  status: DeviceStatus;
  /** A code from shared/disconnect-reasons.ts; unknown codes fall back to the status hint. */
  reason: string | null | undefined;
}

export function DeviceStatusNote({ status, reason }: DeviceStatusNoteProps) {
  const { t } = useTranslation();
  if (status === 'open') return null;
  const text = isKnownReason(reason) ? t(`reasons.${reason}`) : t(`devices.hints.${status}`);
  const color = colors[status] ?? 'gray';
  const warning = color === 'red' || color === 'orange';
  const Icon = status === 'paused' ? IconPlayerPause : warning ? IconAlertTriangle : IconInfoCircle;
  return (
    <Alert
      variant="light"
      color={color}
      icon={<Icon size={18} />}
      p="sm"
      data-testid="device-status-note"
      styles={{ message: { fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      {text}
    </Alert>
  );
}
