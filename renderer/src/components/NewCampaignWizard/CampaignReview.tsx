// The last wizard step: everything the campaign will do, in one glance.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactList, Pacing } from '../../../../shared/broadcasts';
import { formatPhone } from '../../../../shared/phone';
import { useDevices } from '../../client/queries/devices';
import type { InteractiveStyle } from '../../../../shared/domain';
import type { MessageDraft } from './campaign-message';
import { CampaignPreview } from './CampaignPreview';

interface CampaignReviewProps {
  name: string;
  list: ContactList | null;
  message: MessageDraft;
  deviceIds: number[];
  pacing: Pacing;
  style: InteractiveStyle;
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function CampaignReview({ name, list, message, deviceIds, pacing, style }: CampaignReviewProps) {
  const { t } = useTranslation();
  const devices = useDevices().data ?? [];
  const senders = devices.filter((d) => deviceIds.includes(d.id)).map((d) => d.name || formatPhone(d.number));
  return (
    <Stack gap="md" mt="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Item label={t('broadcasts.wizard.name')}>{name}</Item>
        <Item label={t('broadcasts.wizard.reviewList')}>
          {list ? `${list.name} · ${t('broadcasts.wizard.listSummary', { count: list.contactCount })}` : '—'}
        </Item>
        <Item label={t('broadcasts.wizard.reviewDevices')}>{senders.join(', ') || '—'}</Item>
        <Item label={t('broadcasts.wizard.reviewPacing')}>
          {t('broadcasts.wizard.reviewPacingText', {
            min: pacing.minDelaySec,
            max: pacing.maxDelaySec,
            pause: pacing.batchPauseMin,
            batch: pacing.batchSize,
            cap: pacing.dailyCapPerDevice,
          })}
        </Item>
        <Item label={t('broadcasts.wizard.reviewWindow')}>
          {pacing.window ? `${pacing.window.start}–${pacing.window.end}` : t('broadcasts.wizard.anyTime')}
        </Item>
        {pacing.startAt !== null && (
          <Item label={t('broadcasts.pacing.scheduleAt')}>{new Date(pacing.startAt).toLocaleString()}</Item>
        )}
      </SimpleGrid>
      <CampaignPreview listId={list?.id ?? null} draft={message} style={style} />
    </Stack>
  );
}
