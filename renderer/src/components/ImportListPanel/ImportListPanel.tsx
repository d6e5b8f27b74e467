// Import a contact list: drop/pick an Excel or CSV file (then map its columns), or type/paste numbers.
import '@mantine/dropzone/styles.css';
import { Group, Stack, Tabs, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/broadcasts';
import { readFileAsBase64 } from '../../client/files';
import { notifyError } from '../../client/notify';
import { useInspectFile } from '../../client/queries/broadcasts';
import { ImportResultSummary } from '../ImportResultSummary/ImportResultSummary';
import { PasteListForm } from '../PasteListForm/PasteListForm';
import { SheetMappingForm } from '../SheetMappingForm/SheetMappingForm';

const ACCEPT = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'text/csv',
  '.xlsx',
  '.xls',
  '.csv',
];

export function ImportListPanel({ onImported }: { onImported?(result: ImportResult): void }) {
  const { t } = useTranslation();
  const inspect = useInspectFile();
  const [result, setResult] = useState<ImportResult | null>(null);
  const done = (imported: ImportResult) => {
    setResult(imported);
    inspect.reset();
    onImported?.(imported);
  };
  const read = async (file: File) => {
    setResult(null);
    try {
      inspect.mutate({ fileName: file.name, dataBase64: await readFileAsBase64(file) });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap="md">
      <Tabs defaultValue="file" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="file">{t('broadcasts.import.fileTab')}</Tabs.Tab>
          <Tabs.Tab value="paste">{t('broadcasts.import.pasteTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="file">
          {inspect.data ? (
            <SheetMappingForm {...inspect.data} onImported={done} />
          ) : (
            <Dropzone
              onDrop={(files) => files[0] && void read(files[0])}
              accept={ACCEPT}
              maxFiles={1}
              loading={inspect.isPending}
              data-testid="import-dropzone"
            >
              <Group justify="center" gap="lg" mih="7rem" style={{ pointerEvents: 'none' }}>
                <Dropzone.Accept>
                  <IconUpload size={40} stroke={1.5} />
                </Dropzone.Accept>
                <Dropzone.Idle>
                  <IconFileSpreadsheet size={40} stroke={1.5} color="var(--mantine-color-wa-8)" />
                </Dropzone.Idle>
                <div>
                  <Text size="lg" fw={600}>
                    {t('broadcasts.import.drop')}
                  </Text>
                  <Text size="sm" c="dimmed" mt={4}>
                    {t('broadcasts.import.dropHint')}
                  </Text>
                </div>
              </Group>
            </Dropzone>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="paste">
          <PasteListForm onImported={done} />
        </Tabs.Panel>
      </Tabs>
      {result && <ImportResultSummary result={result} />}
    </Stack>
  );
}
