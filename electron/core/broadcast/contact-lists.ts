// Importing contact lists: a spreadsheet (parsed once, then mapped) or a pasted list → normalized, deduped, stored.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { WorkBook } from '@e965/xlsx';
import type { ImportResult } from '../../../shared/broadcasts';
import { AppError } from '../errors';
import { readSheet, readWorkbook, summarizeWorkbook, type SheetSummary } from './import-sheet';
import {
  normalizeRowsFast,
  parsePastedList,
  variableColumns,
  type ColumnMapping,
  type NormalizedRows,
} from './normalize-rows';
import { findContactList, insertContactList, insertContacts } from './queries';

const SHOWN_ROWS = 200;

/** A parsed file waiting for the user to choose the sheet and columns (kept 30 minutes, one per token). */
interface PendingFile {
  fileName: string;
  workbook: WorkBook;
  expires: number;
}

export function createImportCache(ttlMs = 30 * 60_000, maxFiles = 3) {
  const files = new Map<string, PendingFile>();
  const sweep = () => {
    const now = Date.now();
    for (const [token, file] of files) if (file.expires < now) files.delete(token);
    while (files.size > maxFiles) files.delete(files.keys().next().value!);
  };
  return {
    add(fileName: string, data: Uint8Array): { token: string; sheets: SheetSummary[] } {
      const workbook = readWorkbook(data);
      const token = randomBytes(12).toString('base64url');
      files.set(token, { fileName, workbook, expires: Date.now() + ttlMs });
      sweep();
      return { token, sheets: summarizeWorkbook(workbook) };
    },
    get(token: string): PendingFile {
      sweep();
      const file = files.get(token);
      if (!file) throw new AppError('not_found', 'The uploaded file has expired. Choose it again.');
      return file;
    },
    drop(token: string) {
      files.delete(token);
    },
  };
}

export type ImportCache = ReturnType<typeof createImportCache>;

function store(
  db: Database,
  name: string,
  source: string,
  columns: string[],
  normalized: NormalizedRows,
): ImportResult {
  const listId = db.transaction(() => {
    const id = insertContactList(db, name, columns, source);
    insertContacts(db, id, normalized.contacts);
    return id;
  })();
  return {
    list: findContactList(db, listId)!,
    imported: normalized.contacts.length,
    invalidCount: normalized.invalid.length,
    duplicateCount: normalized.duplicates.length,
    invalid: normalized.invalid.slice(0, SHOWN_ROWS),
    duplicates: normalized.duplicates.slice(0, SHOWN_ROWS),
  };
}

function checkMapping(columns: string[], mapping: ColumnMapping) {
  const bad = (c: number | null) => c !== null && (c < 0 || c >= columns.length);
  if (bad(mapping.phoneColumn) || bad(mapping.nameColumn) || mapping.phoneColumn === mapping.nameColumn)
    throw new AppError(
      'invalid_input',
      'Choose the phone column (and optionally another column for the name).',
      {
        phoneColumn: ['Choose the column with the phone numbers.'],
      },
    );
}

/** Parse → normalize → dedupe → store, for a workbook already read. */
export async function importWorkbook(
  db: Database,
  workbook: WorkBook,
  opts: { sheet: string; mapping: ColumnMapping; name: string; source: string; region: string },
): Promise<ImportResult> {
  const table = readSheet(workbook, opts.sheet);
  checkMapping(table.columns, opts.mapping);
  const normalized = await normalizeRowsFast(
    table.columns,
    table.rows,
    table.rowNumbers,
    opts.mapping,
    opts.region,
  );
  return store(db, opts.name, opts.source, variableColumns(table.columns, opts.mapping), normalized);
}

/** The whole import of a file in one call (the benchmark, and callers that already know the mapping). */
export function importSpreadsheet(
  db: Database,
  data: Uint8Array,
  opts: { sheet?: string; mapping: ColumnMapping; name: string; source: string; region: string },
): Promise<ImportResult> {
  const workbook = readWorkbook(data);
  return importWorkbook(db, workbook, { ...opts, sheet: opts.sheet ?? workbook.SheetNames[0] });
}

export async function importPasted(
  db: Database,
  name: string,
  text: string,
  region: string,
): Promise<ImportResult> {
  const table = parsePastedList(text);
  if (table.rows.length === 0)
    throw new AppError('invalid_input', 'Type or paste at least one number.', {
      text: ['Type or paste at least one number.'],
    });
  const mapping = { phoneColumn: 0, nameColumn: 1 };
  const normalized = await normalizeRowsFast(table.columns, table.rows, table.rowNumbers, mapping, region);
  return store(db, name, 'pasted', [], normalized);
}
