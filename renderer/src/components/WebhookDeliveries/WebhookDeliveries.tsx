// Delivery history: event, content, status, attempts, response code and time; resend one or every failed one.
import { Badge, Button, Card, Group, SegmentedControl, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery } from '../../../../shared/inbox';
import { useReplayAllFailed, useReplayDelivery, useWebhookDeliveries } from '../../client/queries/webhooks';
import { formatWhen } from '../MessageBubble/format';

const stateColor: Record<WebhookDelivery['state'], string> = {
  pending: 'yellow',
  running: 'blue',
  delivered: 'wa',
  failed: 'red',
};
type Filter = 'all' | WebhookDelivery['state'];

export function WebhookDeliveries() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const deliveries = useWebhookDeliveries(filter === 'all' ? undefined : filter);
  const replay = useReplayDelivery();
  const replayAll = useReplayAllFailed();
  const rows = deliveries.data?.pages.flatMap((page) => page.deliveries) ?? [];
  // Counts come with every page; the first page's are the freshest after a live refresh.
  const counts = deliveries.data?.pages[0]?.counts;
  const failed = counts?.failed ?? 0;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('webhooks.deliveries')}</Title>
        <Group>
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            data={[
              { value: 'all', label: '∗' },
              ...(['pending', 'delivered', 'failed'] as const).map((state) => ({
                value: state,
                label: `${t(`webhooks.state.${state}`)} (${counts?.[state] ?? 0})`,
              })),
            ]}
          />
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconRepeat size={14} />}
            disabled={failed === 0}
            loading={replayAll.isPending}
            onClick={() => replayAll.mutate()}
            data-testid="webhook-replay-all"
          >
            {t('webhooks.replayAll', { count: failed })}
          </Button>
        </Group>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('webhooks.emptyText')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" data-testid="webhook-deliveries">
            <Table.Thead>
              <Table.Tr>
                {(['time', 'event', 'summary', 'status', 'attempts', 'code'] as const).map((column) => (
                  <Table.Th key={column}>{t(`webhooks.columns.${column}`)}</Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-state={row.state}>
                  <Table.Td>
                    <Text size="xs">{formatWhen(row.createdAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t(`webhooks.event.${row.event as 'message'}`, { defaultValue: row.event })}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={280}>
                    <Tooltip label={row.url}>
                      <Text size="xs" truncate>
                        {row.summary}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={row.error ?? ''} disabled={!row.error}>
                      <Badge color={stateColor[row.state]} variant="light">
                        {t(`webhooks.state.${row.state}`)}
                      </Badge>
                    </Tooltip>
                    {row.state === 'pending' && row.attempts > 0 && row.nextAttemptAt && (
                      <Text size="xs" c="dimmed">
                        {t('webhooks.nextTry', {
                          time: new Date(row.nextAttemptAt).toLocaleTimeString(i18n.language),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.attempts}</Table.Td>
                  <Table.Td>{row.responseCode ?? '—'}</Table.Td>
                  <Table.Td>
                    {(row.state === 'failed' || row.state === 'delivered') && (
                      <Button size="compact-xs" variant="subtle" onClick={() => replay.mutate(row.id)}>
                        {t('webhooks.replay')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {deliveries.hasNextPage && (
            <Button
              variant="subtle"
              fullWidth
              mt="xs"
              loading={deliveries.isFetchingNextPage}
              onClick={() => void deliveries.fetchNextPage()}
            >
              {t('inbox.loadMore')}
            </Button>
          )}
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
