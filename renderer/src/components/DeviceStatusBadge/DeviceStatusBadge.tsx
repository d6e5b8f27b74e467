// A device's connection state as a colored badge with a translated label; the reason, if any, on hover.
import { Badge, Tooltip, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { disconnectReasons, type DisconnectReason } from '../../../../shared/disconnect-reasons';
import type { DeviceStatus, Language } from '../../../../shared/domain';

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
  /** A code from shared/disconnect-reasons.ts; unknown codes are not shown. */
  reason?: string | null;
}

export function DeviceStatusBadge({ status, reason }: DeviceStatusBadgeProps) {
  const { t, i18n } = useTranslation();
  const explanation =
    reason && Object.hasOwn(disconnectReasons, reason)
      ? disconnectReasons[reason as DisconnectReason][i18n.language as Language]
      : null;
  const badge = (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none" data-status={status}>
      {t(`devices.status.${status}`)}
    </Badge>
  );
  if (!explanation) return badge;
  return (
    <Tooltip label={explanation} multiline maw="20rem">
      {badge}
    </Tooltip>
  );
}
