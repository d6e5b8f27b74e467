// The shop's sheets (price list, stock, delivery costs) imported from Excel/CSV with the contact lists' reader
// (broadcast/import-sheet.ts: raw cells, so "0812…" and 15000 stay as typed), kept whole for the prompt.
import type { Database } from 'better-sqlite3';
import type { AiSheet } from '../../../shared/ai';
import { readSheet, readWorkbook } from '../broadcast/import-sheet';
import { appError } from '../errors';
import { insertSheet, listSheets, type KnowledgeSheet } from './queries';

/** A knowledge sheet is read whole into every prompt: more rows than this belong in a real catalogue. */
export const MAX_KNOWLEDGE_ROWS = 2000;

export const sheetSummary = (sheet: KnowledgeSheet): AiSheet => ({
  id: sheet.id,
  name: sheet.name,
  columns: sheet.columns,
  rowCount: sheet.rows.length,
  preview: sheet.rows.slice(0, 5),
});

/** Every non-empty sheet of the file becomes one knowledge sheet, named after the file (and the sheet). */
export function importKnowledgeSheets(db: Database, fileName: string, data: Buffer, now: number): AiSheet[] {
  if (!/\.(xlsx|xls|csv|ods)$/i.test(fileName)) throw appError('invalid_input', 'sheet_type');
  const workbook = readWorkbook(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const base = fileName.replace(/\.[^.]+$/, '');
  const tables = workbook.SheetNames.map((name) => readSheet(workbook, name)).filter(
    (table) => table.columns.length > 0 && table.rows.length > 0,
  );
  if (tables.length === 0) throw appError('invalid_input', 'knowledge_sheet_empty');
  const ids = db.transaction(() =>
    tables.map((table) =>
      insertSheet(
        db,
        {
          name: tables.length === 1 ? base : `${base} — ${table.name}`,
          columns: table.columns,
          rows: table.rows.slice(0, MAX_KNOWLEDGE_ROWS),
        },
        now,
      ),
    ),
  )();
  return listSheets(db)
    .filter((sheet) => ids.includes(sheet.id))
    .map(sheetSummary);
}
