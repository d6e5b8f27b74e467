// What an import did: contacts saved, duplicates skipped, and the invalid rows with their reason.
import { Alert, Group, Table, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/broadcasts';

const SHOWN = 10;

export function ImportResultSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color={result.invalidCount ? 'yellow' : 'wa'} data-testid="import-result">
      <Group gap="lg" mb={result.invalidCount ? 'sm' : 0}>
        <Group gap={6}>
          <ThemeIcon size="sm" color="wa" variant="light">
            <IconCheck size={14} />
          </ThemeIcon>
          <Text size="sm" fw={600}>
            {t('broadcasts.import.result', { imported: result.imported })}
          </Text>
        </Group>
        {result.duplicateCount > 0 && (
          <Group gap={6}>
            <IconCopy size={16} />
            <Text size="sm">{t('broadcasts.import.duplicates', { count: result.duplicateCount })}</Text>
          </Group>
        )}
        {result.invalidCount > 0 && (
          <Group gap={6}>
            <IconAlertTriangle size={16} />
            <Text size="sm">{t('broadcasts.import.invalid', { count: result.invalidCount })}</Text>
          </Group>
        )}
      </Group>
      {result.invalid.length > 0 && (
        <>
          <Text size="sm" fw={600} mb={4}>
            {t('broadcasts.import.invalidTitle')}
          </Text>
          <Table withTableBorder={false} verticalSpacing={4} fz="sm" data-testid="invalid-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="5rem">{t('broadcasts.import.row')}</Table.Th>
                <Table.Th>{t('broadcasts.import.value')}</Table.Th>
                <Table.Th>{t('broadcasts.import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.invalid.slice(0, SHOWN).map((row) => (
                <Table.Tr key={row.rowNo}>
                  <Table.Td>{row.rowNo}</Table.Td>
                  <Table.Td>{row.value || '—'}</Table.Td>
                  <Table.Td>{t(`broadcasts.import.reasons.${row.reason}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {result.invalidCount > SHOWN && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('broadcasts.import.moreInvalid', { count: result.invalidCount - SHOWN })}
            </Text>
          )}
        </>
      )}
    </Alert>
  );
}
