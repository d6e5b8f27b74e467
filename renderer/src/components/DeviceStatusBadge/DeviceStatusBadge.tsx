// A device's connection state as a colored badge; while reconnecting it counts down to the next attempt.
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../shared/domain';
import { useSecondsUntil } from '../../hooks/useSecondsUntil';

const colors: Record<DeviceStatus, MantineColor> = {
  idle: 'gray',
  connecting: 'blue',
  qr: 'yellow',
  open: 'wa',
  reconnecting: 'orange',
  paused: 'gray',
  logged_out: 'red',
  failed: 'red',
};

interface DeviceStatusBadgeProps {
  status: DeviceStatus;
  /** When the next reconnect attempt happens (ms since epoch), while reconnecting. */
  retryAt?: number | null;
}

export function DeviceStatusBadge({ status, retryAt }: DeviceStatusBadgeProps) {
  const { t } = useTranslation();
  const seconds = useSecondsUntil(status === 'reconnecting' ? retryAt : null);
  const label =
    seconds !== null && seconds > 0
      ? t('devices.badge.reconnectingIn', { seconds })
      : t(`devices.status.${status}`);
  return (
    <Badge
      color={colors[status]}
      variant={status === 'open' ? 'filled' : 'light'}
      size="lg"
      radius="sm"
      tt="none"
      data-status={status}
      data-testid="device-status"
    >
      {label}
    </Badge>
  );
}
