// Importing contact lists: a spreadsheet (parsed once, then mapped) or a pasted list → normalized, deduped, stored.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { WorkBook } from '@e965/xlsx';
import type { ImportResult } from '../../../shared/broadcasts';
import { AppError } from '../errors';
import {
  readSheet,
  readWorkbook,
  summarizeWorkbook,
  type SheetSummary,
  type SheetTable,
} from './import-sheet';
import {
  normalizeRowsFast,
  parsePastedList,
  variableColumns,
  type ColumnMapping,
  type NormalizedRows,
} from './normalize-rows';
import { startPhoneWorkers, type PhoneWorkers } from './phone-workers';
import { findContactList, insertContactList, insertContacts } from './contact-queries';

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

/** Normalize → dedupe → store, for a sheet already read. */
async function importTable(
  db: Database,
  table: SheetTable,
  opts: { mapping: ColumnMapping; name: string; source: string; region: string },
  workers?: PhoneWorkers | null,
): Promise<ImportResult> {
  checkMapping(table.columns, opts.mapping);
  const { columns, rows, rowNumbers } = table;
  const normalized = await normalizeRowsFast(columns, rows, rowNumbers, opts.mapping, opts.region, workers);
  return store(db, opts.name, opts.source, variableColumns(columns, opts.mapping), normalized);
}

/** The import of a file parsed earlier (contacts.inspectFile) with the sheet and columns the user chose. */
export function importWorkbook(
  db: Database,
  workbook: WorkBook,
  opts: { sheet: string; mapping: ColumnMapping; name: string; source: string; region: string },
): Promise<ImportResult> {
  return importTable(db, readSheet(workbook, opts.sheet), opts);
}

/** A file this big holds tens of thousands of rows: its phone workers start before SheetJS parses it. */
const BIG_FILE_BYTES = 512 * 1024;

/**
 * The whole import of a file in one call (the benchmark, callers that know the mapping). The workbook is not
 * kept once its sheet is read, so the garbage collector can take it while the numbers are normalized.
 */
export async function importSpreadsheet(
  db: Database,
  data: Uint8Array,
  opts: { sheet?: string; mapping: ColumnMapping; name: string; source: string; region: string },
): Promise<ImportResult> {
  const workers = data.byteLength >= BIG_FILE_BYTES ? startPhoneWorkers() : undefined;
  try {
    const table = readChosenSheet(data, opts.sheet);
    return await importTable(db, table, opts, workers);
  } finally {
    workers?.close();
  }
}

function readChosenSheet(data: Uint8Array, sheet: string | undefined): SheetTable {
  const workbook = readWorkbook(data);
  return readSheet(workbook, sheet ?? workbook.SheetNames[0]);
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
