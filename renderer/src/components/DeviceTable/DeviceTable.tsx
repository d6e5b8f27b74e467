// The linked devices: name, number, status, and rename/delete actions.
import { ActionIcon, Card, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { notifySuccess } from '../../client/notify';
import { useRemoveDevice } from '../../client/queries/devices';
import { ConfirmModal } from '../ConfirmModal/ConfirmModal';
import { DeviceStatusBadge } from '../DeviceStatusBadge/DeviceStatusBadge';
import { RenameDeviceModal } from '../RenameDeviceModal/RenameDeviceModal';

export function DeviceTable({ devices }: { devices: Device[] }) {
  const { t } = useTranslation();
  const remove = useRemoveDevice();
  const [renaming, setRenaming] = useState<Device | null>(null);
  const [removing, setRemoving] = useState<Device | null>(null);
  const nameOf = (device: Device) => device.name || t('devices.unnamed');

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { id: removing.id },
      {
        onSuccess: () => notifySuccess(t('devices.remove.done')),
        onSettled: () => setRemoving(null),
      },
    );
  };

  return (
    <Card p={0}>
      <Table.ScrollContainer minWidth="32rem">
        <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover aria-label={t('devices.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.columns.name')}</Table.Th>
              <Table.Th>{t('devices.columns.number')}</Table.Th>
              <Table.Th>{t('devices.columns.status')}</Table.Th>
              <Table.Th ta="right">{t('devices.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {devices.map((device) => (
              <Table.Tr key={device.id} data-testid="device-row">
                <Table.Td>
                  <Text fw={600} c={device.name ? undefined : 'dimmed'}>
                    {nameOf(device)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {formatPhone(device.number)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DeviceStatusBadge status={device.status} reason={device.statusReason} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => setRenaming(device)}
                        aria-label={t('devices.rename.action', { name: nameOf(device) })}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('common.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(device)}
                        aria-label={t('devices.remove.action', { name: nameOf(device) })}
                      >
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RenameDeviceModal device={renaming} onClose={() => setRenaming(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('devices.remove.title')}
        body={
          removing
            ? t('devices.remove.body', { name: nameOf(removing), number: formatPhone(removing.number) })
            : ''
        }
        confirmLabel={t('devices.remove.confirm')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
