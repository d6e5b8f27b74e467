// Campaigns newest first: name, list, status and a progress bar; a row opens the campaign.
import { Card, Group, Progress, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/broadcasts';
import { CampaignStatusBadge } from '../CampaignStatusBadge/CampaignStatusBadge';

export const processedOf = (c: Campaign['progress']['counts']) => c.total - c.pending - c.sending;

export function CampaignList({ campaigns, onOpen }: { campaigns: Campaign[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <Card p={0}>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="campaign-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('broadcasts.list.name')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('broadcasts.list.listName')}</Table.Th>
            <Table.Th>{t('broadcasts.list.status')}</Table.Th>
            <Table.Th w="30%">{t('broadcasts.list.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((campaign) => {
            const counts = campaign.progress.counts;
            const done = processedOf(counts);
            return (
              <Table.Tr key={campaign.id} onClick={() => onOpen(campaign.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => onOpen(campaign.id)}
                    aria-label={t('broadcasts.list.open', { name: campaign.name })}
                  >
                    <Text fw={600} size="sm">
                      {campaign.name}
                    </Text>
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {new Date(campaign.createdAt).toLocaleString()}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{campaign.listName ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <CampaignStatusBadge status={campaign.status} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Progress
                      value={counts.total ? (done / counts.total) * 100 : 0}
                      style={{ flex: 1 }}
                      size="md"
                    />
                    <Text size="xs" c="dimmed" miw="4.5rem" ta="right">
                      {done}/{counts.total}
                    </Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
