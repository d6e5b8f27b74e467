// The last wizard step: everything the campaign will do, in one glance.
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactList, Pacing } from '../../../../shared/broadcasts';
import { formatPhone } from '../../../../shared/phone';
import { useDevices } from '../../client/queries/devices';
import type { MessageDraft } from '../MessageEditor/MessageEditor';
import { MessagePreview } from '../MessageEditor/MessagePreview';

interface CampaignReviewProps {
  name: string;
  list: ContactList | null;
  message: MessageDraft;
  deviceIds: number[];
  pacing: Pacing;
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

const optionsOf = (m: MessageDraft) =>
  m.type === 'buttons' ? m.buttons : m.type === 'list' ? m.rows : m.type === 'template' ? m.template : [];

export function CampaignReview({ name, list, message, deviceIds, pacing }: CampaignReviewProps) {
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
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('broadcasts.detail.message')}
          </Text>
          <Paper p="md" withBorder>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.type === 'media'
                ? `[${message.file?.name ?? message.url}] ${message.caption}`
                : message.text}
            </Text>
            {optionsOf(message).length > 0 && (
              <Text size="xs" c="dimmed" mt={6}>
                {optionsOf(message).join(' · ')}
              </Text>
            )}
            {message.type !== 'media' && message.type !== 'text' && message.footer && (
              <Text size="xs" c="dimmed" mt={4}>
                {message.footer}
              </Text>
            )}
          </Paper>
        </Stack>
        <MessagePreview
          listId={list?.id ?? null}
          template={message.type === 'media' ? message.caption : message.text}
        />
      </SimpleGrid>
    </Stack>
  );
}
