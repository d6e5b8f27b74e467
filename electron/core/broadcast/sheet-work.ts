// The CPU-heavy half of importing a spreadsheet — SheetJS parse, reading the chosen sheet, normalizing and
// deduping its numbers — as plain functions. sheet-worker.ts runs them on a worker thread so a 1,000,000-row
// file never stalls the app's thread (the REST API, the campaigns, the UI's calls); sheet-thread.ts runs the
// very same functions in this thread where a worker cannot start.
import {
  readAllSheets,
  readWorkbook,
  summarizeTable,
  type SheetSummary,
  type SheetTable,
} from './import-sheet';
import {
  normalizeRowsFast,
  variableColumns,
  type ColumnMapping,
  type ImportedContact,
  type NormalizedRows,
} from './normalize-rows';
import { appError } from '../errors';
import type { PhoneWorkers } from './phone-workers';

export interface SheetChoice {
  sheet: string;
  mapping: ColumnMapping;
  region: string;
}

/** What the import hands back besides the contacts themselves (those come in slices). */
export interface PreparedImport {
  columns: string[];
  total: number;
  invalid: NormalizedRows['invalid'];
  duplicates: NormalizedRows['duplicates'];
}

/** Contacts per slice: storing one costs the app's thread ~20 ms, far below a noticeable stall. */
export const SLICE_ROWS = 5_000;

/** A parsed upload: its sheets as tables, kept until the user has chosen the sheet and columns. */
export type ParsedSheets = Map<string, SheetTable>;

/** Parses the file once; the summaries (columns, count, preview, guesses) come from the same tables. */
export function inspectWorkbook(data: Uint8Array): { tables: ParsedSheets; sheets: SheetSummary[] } {
  const tables = readAllSheets(readWorkbook(data));
  return { tables, sheets: [...tables.values()].map((table) => summarizeTable(table)) };
}

function checkMapping(columns: string[], mapping: ColumnMapping) {
  const bad = (c: number | null) => c !== null && (c < 0 || c >= columns.length);
  if (bad(mapping.phoneColumn) || bad(mapping.nameColumn) || mapping.phoneColumn === mapping.nameColumn)
    throw appError('invalid_input', 'phone_column_missing', undefined, { phoneColumn: 'phone_column_field' });
}

/** Reads and normalizes the chosen sheet; `slice` receives the contacts SLICE_ROWS at a time, in row order. */
export async function prepareImport(
  tables: ParsedSheets,
  choice: SheetChoice,
  slice: (contacts: ImportedContact[], total: number) => void | Promise<void>,
  workers?: PhoneWorkers | null,
): Promise<PreparedImport> {
  const table = tables.get(choice.sheet);
  if (!table) throw appError('not_found', 'sheet_missing', { sheet: choice.sheet });
  checkMapping(table.columns, choice.mapping);
  const { columns, rows, rowNumbers } = table;
  const normalized = await normalizeRowsFast(
    columns,
    rows,
    rowNumbers,
    choice.mapping,
    choice.region,
    workers,
  );
  rows.length = 0; // the sheet's text is not needed any more; let the collector take it while slices go out
  for (let i = 0; i < normalized.contacts.length; i += SLICE_ROWS)
    await slice(normalized.contacts.slice(i, i + SLICE_ROWS), normalized.contacts.length);
  return {
    columns: variableColumns(columns, choice.mapping),
    total: normalized.contacts.length,
    invalid: normalized.invalid,
    duplicates: normalized.duplicates,
  };
}
