// One device: identity, live status with the reason in plain words, webhook, and its actions.
import { ActionIcon, Card, Divider, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconLogout, IconPencil, IconTrash, IconWebhook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { useDeviceRestriction } from '../../client/queries/restrictions';
import { useDeviceSession } from '../../client/queries/sessions';
import { DeviceIdentity } from '../DeviceIdentity/DeviceIdentity';
import { DevicePrimaryAction } from '../DevicePrimaryAction/DevicePrimaryAction';
import { DeviceStatusBadge } from '../DeviceStatusBadge/DeviceStatusBadge';
import { DeviceStatusNote } from '../DeviceStatusNote/DeviceStatusNote';
import { RestrictionNotice } from '../RestrictionNotice/RestrictionNotice';
import { SendStyleSelect } from '../SendStyleSelect/SendStyleSelect';

export type DeviceDialog = 'link' | 'rename' | 'webhook' | 'logout' | 'remove';

interface DeviceCardProps {
  device: Device;
  displayName: string;
  onOpen: (dialog: DeviceDialog) => void;
}

export function DeviceCard({ device, displayName, onOpen }: DeviceCardProps) {
  const { t, i18n } = useTranslation();
  // The session is the live state; the stored device row is what we have before the list loads.
  const session = useDeviceSession(device.id);
  const restriction = useDeviceRestriction(device.id);
  const status = session?.status ?? device.status;
  const reason = session ? session.reason : device.statusReason;
  const linked = !['idle', 'qr', 'logged_out'].includes(status);
  const name = { name: displayName };

  return (
    <Card data-testid="device-row" data-device-id={device.id} data-status={status}>
      {/* Grows so the actions line up at the bottom of cards side by side. */}
      <Stack gap="md" flex={1}>
        <DeviceIdentity device={device} displayName={displayName} />
        <Group gap="sm">
          <DeviceStatusBadge status={status} retryAt={session?.retryAt} />
          {status === 'open' && device.connectedAt && (
            <Text size="xs" c="dimmed">
              {t('devices.card.connectedSince', { time: formatTime(device.connectedAt, i18n.language) })}
            </Text>
          )}
        </Group>
        <DeviceStatusNote status={status} reason={reason} />
        <RestrictionNotice restriction={restriction} />
        <Text size="sm" c="dimmed" truncate="end" data-testid="device-webhook">
          {t('devices.card.webhook')}:{' '}
          <Text
            span
            size="sm"
            c={device.webhookUrl ? undefined : 'dimmed'}
            ff={device.webhookUrl ? 'monospace' : undefined}
          >
            {device.webhookUrl ?? t('devices.card.noWebhook')}
          </Text>
        </Text>
        <SendStyleSelect device={device} displayName={displayName} />
      </Stack>
      <Divider my="md" />
      <Group justify="space-between" gap="xs">
        <DevicePrimaryAction
          deviceId={device.id}
          status={status}
          reason={reason}
          onLink={() => onOpen('link')}
        />
        <Group gap={4} wrap="nowrap">
          <IconAction
            label={t('devices.rename.action', name)}
            tip={t('common.edit')}
            onClick={() => onOpen('rename')}
          >
            <IconPencil size={18} />
          </IconAction>
          <IconAction
            label={t('devices.webhook.action', name)}
            tip={t('devices.card.webhook')}
            onClick={() => onOpen('webhook')}
          >
            <IconWebhook size={18} />
          </IconAction>
          {linked && (
            <IconAction
              label={t('devices.logout.action', name)}
              tip={t('devices.logout.tip')}
              onClick={() => onOpen('logout')}
              color="red"
            >
              <IconLogout size={18} />
            </IconAction>
          )}
          <IconAction
            label={t('devices.remove.action', name)}
            tip={t('common.delete')}
            onClick={() => onOpen('remove')}
            color="red"
          >
            <IconTrash size={18} />
          </IconAction>
        </Group>
      </Group>
    </Card>
  );
}

const formatTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

interface IconActionProps {
  label: string;
  tip: string;
  color?: string;
  onClick: () => void;
  children: ReactNode;
}

function IconAction({ label, tip, color = 'gray', onClick, children }: IconActionProps) {
  return (
    <Tooltip label={tip}>
      <ActionIcon variant="subtle" color={color} size="lg" onClick={onClick} aria-label={label}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
