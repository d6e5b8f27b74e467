// After a file is read: choose the sheet, which column is the number and which the name, preview, import.
import {
  Badge,
  Button,
  Group,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, SheetSummary } from '../../../../shared/broadcasts';
import { useImportFile } from '../../client/queries/broadcasts';
import { ImportProgressBar } from '../ImportProgressBar/ImportProgressBar';

interface SheetMappingFormProps {
  token: string;
  fileName: string;
  sheets: SheetSummary[];
  onImported(result: ImportResult): void;
}

const PREVIEW_ROWS = 5;

export function SheetMappingForm({ token, fileName, sheets, onImported }: SheetMappingFormProps) {
  const { t } = useTranslation();
  const importFile = useImportFile();
  const [sheetName, setSheetName] = useState(sheets.find((s) => s.rowCount > 0)?.name ?? sheets[0].name);
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets[0];
  const [phoneColumn, setPhoneColumn] = useState<number | null>(sheet.phoneColumn);
  const [nameColumn, setNameColumn] = useState<number | null>(sheet.nameColumn);
  const [listName, setListName] = useState(fileName.replace(/\.(xlsx|xls|csv)$/i, ''));

  const chooseSheet = (name: string | null) => {
    const next = sheets.find((s) => s.name === name);
    if (!next) return;
    setSheetName(next.name);
    setPhoneColumn(next.phoneColumn);
    setNameColumn(next.nameColumn);
  };
  const columnOptions = sheet.columns.map((title, i) => ({ value: String(i), label: title }));
  const others = sheet.columns.filter((_, i) => i !== phoneColumn && i !== nameColumn);

  const submit = () => {
    if (phoneColumn === null || !listName.trim()) return;
    importFile.mutate(
      { token, sheet: sheet.name, phoneColumn, nameColumn, name: listName.trim() },
      { onSuccess: onImported },
    );
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Select
          label={t('broadcasts.import.sheet')}
          data={sheets.map((s) => ({
            value: s.name,
            label: `${s.name} (${t('broadcasts.import.rows', { count: s.rowCount })})`,
          }))}
          value={sheet.name}
          onChange={chooseSheet}
          allowDeselect={false}
        />
        <Select
          label={t('broadcasts.import.phoneColumn')}
          data={columnOptions}
          value={phoneColumn === null ? null : String(phoneColumn)}
          onChange={(v) => setPhoneColumn(v === null ? null : Number(v))}
          error={phoneColumn === null ? t('broadcasts.wizard.required') : undefined}
          allowDeselect={false}
          data-testid="phone-column"
        />
        <Select
          label={t('broadcasts.import.nameColumn')}
          data={[{ value: '', label: t('broadcasts.import.noName') }, ...columnOptions]}
          value={nameColumn === null ? '' : String(nameColumn)}
          onChange={(v) => setNameColumn(v ? Number(v) : null)}
          allowDeselect={false}
          data-testid="name-column"
        />
        <TextInput
          label={t('broadcasts.import.listName')}
          value={listName}
          onChange={(e) => setListName(e.currentTarget.value)}
          error={listName.trim() ? undefined : t('broadcasts.wizard.required')}
        />
      </SimpleGrid>
      {others.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('broadcasts.import.otherColumns', { names: others.join(', ') })}
        </Text>
      )}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('broadcasts.import.preview')}
        </Text>
        <ScrollArea type="auto">
          <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} data-testid="sheet-preview">
            <Table.Thead>
              <Table.Tr>
                {sheet.columns.map((title, i) => (
                  <Table.Th key={title}>
                    <Group gap={6} wrap="nowrap">
                      {title}
                      {i === phoneColumn && <Badge size="xs">{t('broadcasts.detail.number')}</Badge>}
                      {i === nameColumn && (
                        <Badge size="xs" variant="light">
                          {t('broadcasts.detail.name')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sheet.preview.slice(0, PREVIEW_ROWS).map((row, r) => (
                <Table.Tr key={r}>
                  {row.map((cell, c) => (
                    <Table.Td key={c}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </div>
      {importFile.isPending && <ImportProgressBar token={token} />}
      <Group justify="flex-end">
        <Button
          onClick={submit}
          loading={importFile.isPending}
          disabled={phoneColumn === null || !listName.trim()}
        >
          {t('broadcasts.import.import')}
        </Button>
      </Group>
    </Stack>
  );
}
