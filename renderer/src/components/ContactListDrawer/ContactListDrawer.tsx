// The contacts of one saved list (first 50 matching the search), to check an import at a glance.
import { Badge, Drawer, ScrollArea, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import { useContactList } from '../../client/queries/broadcasts';

export function ContactListDrawer({ listId, onClose }: { listId: number | null; onClose(): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const data = useContactList(listId, debounced).data;
  const columns = data?.list.columns ?? [];
  return (
    <Drawer
      opened={listId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={600}>{data?.list.name}</Text>}
    >
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('broadcasts.lists.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        mb="md"
      />
      <ScrollArea type="auto">
        <Table fz="sm" verticalSpacing={6} data-testid="contact-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="4rem">{t('broadcasts.import.row')}</Table.Th>
              <Table.Th>{t('broadcasts.detail.number')}</Table.Th>
              <Table.Th>{t('broadcasts.detail.name')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.contacts ?? []).map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td>{contact.rowNo}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatPhone(contact.phone)}{' '}
                  {contact.onWhatsApp === false && (
                    <Badge size="xs" color="orange" variant="light">
                      {t('broadcasts.lists.noWhatsApp')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{contact.name}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c}>{contact.vars[c] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {data && data.list.contactCount > data.contacts.length && !debounced && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('broadcasts.lists.showing', { shown: data.contacts.length, total: data.list.contactCount })}
        </Text>
      )}
    </Drawer>
  );
}
