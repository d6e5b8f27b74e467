// What one row of the list receives: the draft's texts rendered by core exactly as they will be sent, shown in the
// compose page's WhatsApp bubble, in the style of the device that sends.
import { ActionIcon, Alert, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractiveStyle } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { usePreview } from '../../client/queries/broadcasts';
import { ComposePreview } from '../ComposePreview/ComposePreview';
import type { MessageDraft } from './campaign-message';
import { textsOf, withTexts } from './preview-texts';

interface CampaignPreviewProps {
  listId: number | null;
  draft: MessageDraft;
  style: InteractiveStyle;
}

export function CampaignPreview({ listId, draft, style }: CampaignPreviewProps) {
  const { t } = useTranslation();
  const [rowNo, setRowNo] = useState(0);
  const texts = useMemo(() => textsOf(draft), [draft]);
  const [debounced] = useDebouncedValue(texts, 250);
  const wanted = listId !== null && debounced.some((text) => text.trim());
  const preview = usePreview(wanted ? { listId, texts: debounced, rowNo } : null);
  const row = wanted ? preview.data : null;
  // Rendered texts of an older draft would not line up with this one's: shown as written until they catch up.
  const rendered = row && row.texts.length === texts.length ? row.texts : texts;
  const shown = useMemo(() => withTexts(draft, rendered), [draft, rendered]);
  const rows = row && (
    <Group gap={4}>
      <ActionIcon
        variant="subtle"
        aria-label={t('broadcasts.message.previousRow')}
        disabled={rowNo === 0}
        onClick={() => setRowNo(Math.max(0, row.rowNo - 1 <= 1 ? 0 : row.rowNo - 1))}
      >
        <IconChevronLeft size={16} />
      </ActionIcon>
      <Text size="xs" c="dimmed">
        {t('broadcasts.message.previewRow')} {row.rowNo}
      </Text>
      <ActionIcon
        variant="subtle"
        aria-label={t('broadcasts.message.nextRow')}
        onClick={() => setRowNo(row.rowNo + 1)}
      >
        <IconChevronRight size={16} />
      </ActionIcon>
    </Group>
  );
  return (
    <div data-testid="campaign-preview">
      <ComposePreview
        draft={shown}
        style={style}
        aside={rows}
        note={
          row && (
            <Text size="xs" c="dimmed" data-testid="preview-for">
              {t('broadcasts.message.previewFor', { name: row.name || '—', phone: formatPhone(row.phone) })}
            </Text>
          )
        }
      />
      {row && row.unknownVariables.length > 0 && (
        <Alert color="yellow" variant="light" p="xs" mt="xs">
          <Text size="xs">
            {t('broadcasts.message.unknownVariables', { names: row.unknownVariables.join(', ') })}
          </Text>
        </Alert>
      )}
    </div>
  );
}
