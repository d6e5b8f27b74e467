// The devices as cards, and the one dialog (link, rename, webhook, log out, delete) open at a time.
import { SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { notifySuccess } from '../../client/notify';
import { useRemoveDevice } from '../../client/queries/devices';
import { useLogoutDevice } from '../../client/queries/sessions';
import { ConfirmModal } from '../ConfirmModal/ConfirmModal';
import { DeviceCard, type DeviceDialog } from '../DeviceCard/DeviceCard';
import { LinkDeviceModal } from '../LinkDeviceModal/LinkDeviceModal';
import { RenameDeviceModal } from '../RenameDeviceModal/RenameDeviceModal';
import { WebhookUrlModal } from '../WebhookUrlModal/WebhookUrlModal';

export function DeviceList({ devices }: { devices: Device[] }) {
  const { t } = useTranslation();
  const remove = useRemoveDevice();
  const logout = useLogoutDevice();
  // Kept by id so the dialogs see the device's latest data (e.g. its WhatsApp name once linked).
  const [open, setOpen] = useState<{ id: number; dialog: DeviceDialog } | null>(null);
  const close = () => setOpen(null);
  const nameOf = (device: Device) => device.name || t('devices.unnamed');
  const current = open ? devices.find((device) => device.id === open.id) : undefined;
  const dialogDevice = (dialog: DeviceDialog) => (current && open?.dialog === dialog ? current : null);
  const confirmText = (device: Device | null, key: 'remove' | 'logout') =>
    device ? t(`devices.${key}.body`, { name: nameOf(device), number: formatPhone(device.number) }) : '';

  const removing = dialogDevice('remove');
  const loggingOut = dialogDevice('logout');
  const confirmRemove = () =>
    removing &&
    remove.mutate(
      { id: removing.id },
      { onSuccess: () => notifySuccess(t('devices.remove.done')), onSettled: close },
    );
  const confirmLogout = () =>
    loggingOut &&
    logout.mutate(loggingOut.id, {
      onSuccess: () => notifySuccess(t('devices.logout.done')),
      onSettled: close,
    });

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-label={t('devices.title')}>
        {devices.map((device) => (
          <DeviceCard
            key={device.id}
            device={device}
            displayName={nameOf(device)}
            onOpen={(dialog) => setOpen({ id: device.id, dialog })}
          />
        ))}
      </SimpleGrid>
      <LinkDeviceModal device={dialogDevice('link')} onClose={close} />
      <RenameDeviceModal device={dialogDevice('rename')} onClose={close} />
      <WebhookUrlModal device={dialogDevice('webhook')} onClose={close} />
      <ConfirmModal
        opened={loggingOut !== null}
        title={t('devices.logout.title')}
        body={confirmText(loggingOut, 'logout')}
        confirmLabel={t('devices.logout.confirm')}
        loading={logout.isPending}
        onConfirm={confirmLogout}
        onClose={close}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t('devices.remove.title')}
        body={confirmText(removing, 'remove')}
        confirmLabel={t('devices.remove.confirm')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={close}
      />
    </>
  );
}
