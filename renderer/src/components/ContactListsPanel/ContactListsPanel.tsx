// Saved contact lists: import a new one, see counts, check numbers on WhatsApp, delete.
import { ActionIcon, Card, Menu, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconBrandWhatsapp, IconDots, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactList } from '../../../../shared/broadcasts';
import { formatPhone } from '../../../../shared/phone';
import { notifyError, notifySuccess } from '../../client/notify';
import { useCheckWhatsApp, useContactLists, useRemoveContactList } from '../../client/queries/broadcasts';
import { useDevices } from '../../client/queries/devices';
import { ConfirmModal } from '../ConfirmModal/ConfirmModal';
import { ContactListDrawer } from '../ContactListDrawer/ContactListDrawer';
import { ImportListPanel } from '../ImportListPanel/ImportListPanel';

export function ContactListsPanel() {
  const { t } = useTranslation();
  const lists = useContactLists().data ?? [];
  const devices = (useDevices().data ?? []).filter((d) => d.status === 'open');
  const remove = useRemoveContactList();
  const check = useCheckWhatsApp();
  const [removing, setRemoving] = useState<ContactList | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const checkList = (list: ContactList, deviceId: number, removeMissing: boolean) =>
    check.mutate(
      { id: list.id, deviceId, removeMissing },
      {
        onSuccess: (r) =>
          notifySuccess(t('broadcasts.lists.checked', { checked: r.checked, missing: r.notOnWhatsApp })),
        onError: notifyError,
      },
    );
  return (
    <Stack gap="lg">
      <Card>
        <Title order={4} mb="md">
          {t('broadcasts.import.title')}
        </Title>
        <ImportListPanel />
      </Card>
      <Card p={0}>
        {lists.length === 0 ? (
          <Text c="dimmed" size="sm" p="lg">
            {t('broadcasts.lists.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="contact-lists">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('broadcasts.lists.name')}</Table.Th>
                <Table.Th>{t('broadcasts.lists.contacts')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('broadcasts.lists.columns')}</Table.Th>
                <Table.Th w="3rem" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lists.map((list) => (
                <Table.Tr key={list.id}>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setViewing(list.id)}
                      aria-label={t('broadcasts.lists.open')}
                    >
                      <Text size="sm" fw={600} c="wa.8">
                        {list.name}
                      </Text>
                    </UnstyledButton>
                    <Text size="xs" c="dimmed">
                      {list.source} · {new Date(list.createdAt).toLocaleDateString()}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{list.contactCount}</Text>
                    {list.notOnWhatsApp > 0 && (
                      <Text size="xs" c="orange">
                        {t('broadcasts.lists.notOnWhatsApp', { count: list.notOnWhatsApp })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="xs" c="dimmed">
                      {['name', ...list.columns].map((c) => `{{${c}}}`).join(' ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          aria-label={list.name}
                          loading={check.isPending && check.variables?.id === list.id}
                        >
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Label>{t('broadcasts.lists.checkWith')}</Menu.Label>
                        {devices.map((d) => (
                          <Menu.Item
                            key={d.id}
                            leftSection={<IconBrandWhatsapp size={16} />}
                            onClick={() => checkList(list, d.id, false)}
                          >
                            {d.name || formatPhone(d.number)}
                          </Menu.Item>
                        ))}
                        {devices[0] && (
                          <Menu.Item onClick={() => checkList(list, devices[0].id, true)}>
                            {t('broadcasts.lists.removeMissing')}
                          </Menu.Item>
                        )}
                        <Menu.Divider />
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={16} />}
                          onClick={() => setRemoving(list)}
                        >
                          {t('broadcasts.actions.remove')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <ContactListDrawer listId={viewing} onClose={() => setViewing(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('broadcasts.lists.removeTitle')}
        body={t('broadcasts.lists.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('broadcasts.lists.removeConfirm')}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing && remove.mutate({ id: removing.id }, { onSettled: () => setRemoving(null) })
        }
      />
    </Stack>
  );
}
