// What one row of the list receives, rendered by the core exactly as it will be sent.
import { ActionIcon, Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import { usePreview } from '../../client/queries/broadcasts';
import { WaText } from '../WaText/WaText';

export function MessagePreview({ listId, template }: { listId: number | null; template: string }) {
  const { t } = useTranslation();
  const [rowNo, setRowNo] = useState(0);
  const [debounced] = useDebouncedValue(template, 250);
  const preview = usePreview(listId && debounced.trim() ? { listId, text: debounced, rowNo } : null);
  const row = preview.data;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('broadcasts.message.preview')}
        </Text>
        {row && (
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label="previous row"
              disabled={rowNo === 0}
              onClick={() => setRowNo(Math.max(0, row.rowNo - 1 <= 1 ? 0 : row.rowNo - 1))}
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
            <Text size="xs" c="dimmed">
              {t('broadcasts.message.previewRow')} {row.rowNo}
            </Text>
            <ActionIcon variant="subtle" aria-label="next row" onClick={() => setRowNo(row.rowNo + 1)}>
              <IconChevronRight size={16} />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Paper p="md" bg="var(--mantine-color-wa-0)" withBorder data-testid="message-preview">
        {row ? (
          <>
            <Text size="xs" c="dimmed" mb={6}>
              {t('broadcasts.message.previewFor', { name: row.name || '—', phone: formatPhone(row.phone) })}
            </Text>
            <WaText text={row.text} />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('broadcasts.message.previewEmpty')}
          </Text>
        )}
      </Paper>
      {row && row.unknownVariables.length > 0 && (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="xs">
            {t('broadcasts.message.unknownVariables', { names: row.unknownVariables.join(', ') })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
