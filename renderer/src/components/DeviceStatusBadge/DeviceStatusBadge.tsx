// A device's connection state as a colored badge with a translated label.
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../shared/domain';

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

export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none" data-status={status}>
      {t(`devices.status.${status}`)}
    </Badge>
  );
}
