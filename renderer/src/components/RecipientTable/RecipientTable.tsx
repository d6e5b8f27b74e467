// A campaign's recipients (first 100 of a status), with what happened to each.
import { Badge, Card, Group, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../shared/broadcasts';
import { formatPhone } from '../../../../shared/phone';
import { useRecipients } from '../../client/queries/broadcasts';

const colors: Record<Recipient['status'], string> = {
  pending: 'gray',
  sending: 'blue',
  sent: 'wa',
  delivered: 'wa',
  read: 'teal',
  failed: 'red',
  skipped: 'gray',
};
const filters = ['all', 'failed', 'pending', 'sent', 'skipped'] as const;

export function RecipientTable({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<(typeof filters)[number]>('all');
  const recipients = useRecipients(campaignId, filter === 'all' ? undefined : filter).data ?? [];
  // Known codes in plain words; anything else is WhatsApp's own error text.
  const notes: Record<string, string> = {
    opted_out: t('broadcasts.detail.optedOut'),
    rate_limited: t('broadcasts.detail.rateLimited'),
    device_removed: t('broadcasts.pauseReason.device_removed'),
    cancelled: t('broadcasts.status.cancelled'),
  };
  const note = (r: Recipient) => (r.error ? (notes[r.error] ?? r.error) : '');
  return (
    <Card>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={5}>{t('broadcasts.detail.recipients')}</Title>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          data={filters.map((f) => ({
            value: f,
            label: f === 'all' ? t('broadcasts.detail.filterAll') : t(`broadcasts.recipientStatus.${f}`),
          }))}
        />
      </Group>
      <Table.ScrollContainer minWidth="36rem">
        <Table verticalSpacing={6} fz="sm" data-testid="recipient-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="4rem">#</Table.Th>
              <Table.Th>{t('broadcasts.detail.number')}</Table.Th>
              <Table.Th>{t('broadcasts.detail.name')}</Table.Th>
              <Table.Th>{t('broadcasts.detail.status')}</Table.Th>
              <Table.Th>{t('broadcasts.detail.sentAt')}</Table.Th>
              <Table.Th>{t('broadcasts.detail.error')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recipients.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.rowNo}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPhone(r.phone)}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={colors[r.status]}>
                    {t(`broadcasts.recipientStatus.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.sentAt ? new Date(r.sentAt).toLocaleTimeString(i18n.language) : ''}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {note(r)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
