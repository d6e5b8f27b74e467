// One campaign: live progress and actions, why it waits, the chart over time, the message, and its recipients.
import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import { useCampaign, useCampaignProgress, useCampaignTimeline } from '../../client/queries/broadcasts';
import { useDevices } from '../../client/queries/devices';
import { useRestrictions } from '../../client/queries/restrictions';
import { CampaignActions } from '../CampaignActions/CampaignActions';
import { CampaignStats } from '../CampaignStats/CampaignStats';
import { CampaignStatusBadge } from '../CampaignStatusBadge/CampaignStatusBadge';
import { RecipientTable } from '../RecipientTable/RecipientTable';
import { RestrictionNotice } from '../RestrictionNotice/RestrictionNotice';
import { SendChart } from '../SendChart/SendChart';

export function CampaignDetail({ campaignId, onBack }: { campaignId: number; onBack(): void }) {
  const { t } = useTranslation();
  const campaign = useCampaign(campaignId).data;
  const progress = useCampaignProgress(campaignId).data ?? campaign?.progress;
  const timeline = useCampaignTimeline(campaignId).data ?? [];
  const devices = useDevices().data ?? [];
  const restrictions = useRestrictions().data ?? [];
  if (!campaign || !progress)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  const deviceName = (id: number) => {
    const device = devices.find((d) => d.id === id);
    return device ? device.name || formatPhone(device.number) : `#${id}`;
  };
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack} px="xs">
            {t('broadcasts.back')}
          </Button>
          <Title order={3}>{campaign.name}</Title>
          <CampaignStatusBadge status={progress.status} />
        </Group>
        <CampaignActions campaignId={campaignId} progress={progress} onRemoved={onBack} />
      </Group>
      {campaign.deviceIds.map((id) => (
        <RestrictionNotice
          key={id}
          restriction={restrictions.find((r) => r.deviceId === id)}
          deviceName={deviceName(id)}
        />
      ))}
      <Card>
        <CampaignStats progress={progress} deviceName={deviceName} />
      </Card>
      {campaign.skippedOptOut > 0 && (
        <Alert variant="light" color="gray" icon={<IconUserOff size={18} />}>
          {t('broadcasts.detail.skippedOptOut', { count: campaign.skippedOptOut })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card>
          <Text size="sm" fw={600} mb="sm">
            {t('broadcasts.detail.chart')}
          </Text>
          {timeline.length ? (
            <SendChart points={timeline} label={t('broadcasts.detail.chart')} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('broadcasts.detail.chartEmpty')}
            </Text>
          )}
        </Card>
        <Card>
          <Text size="sm" fw={600} mb="sm">
            {t('broadcasts.detail.message')}
          </Text>
          <Paper p="sm" withBorder bg="var(--mantine-color-wa-0)">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {campaign.content.fileName ? `[${campaign.content.fileName}] ` : ''}
              {campaign.content.text}
            </Text>
          </Paper>
          <Text size="xs" c="dimmed" mt="sm">
            {t('broadcasts.detail.senders')}: {campaign.deviceIds.map(deviceName).join(', ')} ·{' '}
            {campaign.listName ?? ''}
          </Text>
        </Card>
      </SimpleGrid>
      <RecipientTable campaignId={campaignId} />
    </Stack>
  );
}
