// Importing contact lists: a spreadsheet (parsed once on the sheet thread, then mapped) or a pasted list →
// normalized, deduped, stored. A spreadsheet's contacts are stored in slices, the event loop turning between
// them, into a list that stays hidden (complete = 0) until its last slice is in: a crash midway leaves no
// half list, only a hidden one that the next start removes.
import type { Database } from 'better-sqlite3';
import type { ImportResult } from '../../../shared/broadcasts';
import { appError } from '../errors';
import type { SheetSummary } from './import-sheet';
import {
  normalizeRowsFast,
  parsePastedList,
  type ColumnMapping,
  type NormalizedRows,
} from './normalize-rows';
import {
  deleteContactList,
  findContactList,
  finishContactList,
  insertContactList,
  insertContacts,
} from './contact-queries';
import { createInlineSheetThread, createSheetThread, type SheetThread } from './sheet-thread';
import type { PreparedImport, SheetChoice } from './sheet-work';

const SHOWN_ROWS = 200;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The sheet thread, or this thread where worker threads cannot start (WASENDER_IMPORT_THREADS=1 forces it). */
export function defaultSheetThread(): SheetThread {
  if (process.env.WASENDER_IMPORT_THREADS === '1') return createInlineSheetThread();
  try {
    return createSheetThread();
  } catch {
    return createInlineSheetThread();
  }
}

/** Parsed files waiting for the user to choose the sheet and columns (kept 30 minutes, at most 3). */
export function createImportCache(
  thread: SheetThread = defaultSheetThread(),
  ttlMs = 30 * 60_000,
  maxFiles = 3,
) {
  const files = new Map<string, { fileName: string; expires: number }>();
  const sweep = () => {
    const now = Date.now();
    for (const [token, file] of files)
      if (file.expires < now || files.size > maxFiles) {
        files.delete(token);
        thread.drop(token);
      }
  };
  return {
    thread,
    async add(fileName: string, data: Uint8Array): Promise<{ token: string; sheets: SheetSummary[] }> {
      const { token, sheets } = await thread.inspect(data);
      files.set(token, { fileName, expires: Date.now() + ttlMs });
      sweep();
      return { token, sheets };
    },
    /** Takes the file out of the cache: an import uses it once. */
    take(token: string): { fileName: string } {
      sweep();
      const file = files.get(token);
      if (!file) throw appError('not_found', 'upload_expired');
      files.delete(token);
      return file;
    },
    close: () => thread.close(),
  };
}

export type ImportCache = ReturnType<typeof createImportCache>;

function resultOf(db: Database, listId: number, found: Omit<PreparedImport, 'columns'>): ImportResult {
  return {
    list: findContactList(db, listId)!,
    imported: found.total,
    invalidCount: found.invalid.length,
    duplicateCount: found.duplicates.length,
    invalid: found.invalid.slice(0, SHOWN_ROWS),
    duplicates: found.duplicates.slice(0, SHOWN_ROWS),
  };
}

/** Progress of a spreadsheet import as its slices are stored. */
export type ImportProgress = (stored: number, total: number) => void;

/** Stores the contacts the sheet thread prepares, slice by slice, into a list shown once complete. */
export async function importFromThread(
  db: Database,
  thread: SheetThread,
  token: string,
  opts: SheetChoice & { name: string; source: string },
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const listId = insertContactList(db, opts.name, [], opts.source, false);
  let stored = 0;
  try {
    const prepared = await thread.importSheet(token, opts, async (contacts, total) => {
      db.transaction(() => insertContacts(db, listId, contacts))();
      stored += contacts.length;
      onProgress?.(stored, total);
      await nextTurn();
    });
    finishContactList(db, listId, prepared.columns);
    return resultOf(db, listId, prepared);
  } catch (error) {
    deleteContactList(db, listId);
    throw error;
  }
}

/** The whole import of a file in one call (the benchmark, tests, callers that know the mapping). */
export async function importSpreadsheet(
  db: Database,
  data: Uint8Array,
  opts: { sheet?: string; mapping: ColumnMapping; name: string; source: string; region: string },
  thread: SheetThread = defaultSheetThread(),
): Promise<ImportResult> {
  try {
    const { token, sheets } = await thread.inspect(data);
    return await importFromThread(db, thread, token, { ...opts, sheet: opts.sheet ?? sheets[0]?.name ?? '' });
  } finally {
    await thread.close();
  }
}

function store(db: Database, name: string, source: string, normalized: NormalizedRows): ImportResult {
  const listId = db.transaction(() => {
    const id = insertContactList(db, name, [], source);
    insertContacts(db, id, normalized.contacts);
    return id;
  })();
  return resultOf(db, listId, { ...normalized, total: normalized.contacts.length });
}

export async function importPasted(
  db: Database,
  name: string,
  text: string,
  region: string,
): Promise<ImportResult> {
  const table = parsePastedList(text);
  if (table.rows.length === 0)
    throw appError('invalid_input', 'pasted_list_empty', undefined, { text: 'pasted_list_empty' });
  const mapping = { phoneColumn: 0, nameColumn: 1 };
  const normalized = await normalizeRowsFast(table.columns, table.rows, table.rowNumbers, mapping, region);
  return store(db, name, 'pasted', normalized);
}
