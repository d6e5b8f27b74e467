// The shop's knowledge the AI answers from: free-text facts and imported sheets (price list, stock, …).
import {
  ActionIcon,
  Button,
  Card,
  FileButton,
  Group,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconFileSpreadsheet, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiSettings } from '../../../../shared/ai';
import { notifySuccess } from '../../client/notify';
import { useImportAiSheet, useRemoveAiSheet, useSetAiSettings } from '../../client/queries/ai';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export function AiKnowledgeCard({ settings }: { settings: AiSettings }) {
  const { t } = useTranslation();
  const [facts, setFacts] = useState(settings.facts);
  const save = useSetAiSettings();
  const importSheet = useImportAiSheet();
  const remove = useRemoveAiSheet();
  const pickFile = async (file: File | null) => {
    if (file) importSheet.mutate({ fileName: file.name, dataBase64: await toBase64(file) });
  };
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={4}>{t('ai.knowledge')}</Title>
        <Textarea
          label={t('ai.facts')}
          description={t('ai.factsHint')}
          value={facts}
          onChange={(e) => setFacts(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={14}
          data-testid="ai-facts"
        />
        <Group>
          <Button
            disabled={facts === settings.facts}
            loading={save.isPending}
            onClick={() => save.mutate({ facts }, { onSuccess: () => notifySuccess(t('ai.saved')) })}
            data-testid="ai-facts-save"
          >
            {t('ai.save')}
          </Button>
        </Group>
        <Group justify="space-between">
          <Text fw={500}>{t('ai.sheets')}</Text>
          <FileButton onChange={(file) => void pickFile(file)} accept=".xlsx,.xls,.csv,.ods">
            {(props) => (
              <Button
                {...props}
                variant="light"
                leftSection={<IconFileSpreadsheet size={16} />}
                loading={importSheet.isPending}
                data-testid="ai-import-sheet"
              >
                {t('ai.importSheet')}
              </Button>
            )}
          </FileButton>
        </Group>
        {settings.sheets.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ai.noSheets')}
          </Text>
        )}
        {settings.sheets.map((sheet) => (
          <Group key={sheet.id} justify="space-between" wrap="nowrap" data-testid="ai-sheet">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {sheet.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {t('ai.sheetRows', { count: sheet.rowCount, columns: sheet.columns.join(', ') })}
              </Text>
            </div>
            <Tooltip label={t('ai.removeSheet')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('ai.removeSheet')}
                onClick={() => remove.mutate(sheet.id)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
