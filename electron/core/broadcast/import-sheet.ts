// Spreadsheets (.xlsx, .xls, .csv) → header + rows of text. Cells are read raw, so "0812…" stays text and
// numbers typed as numbers come back as their digits, never as 6.28E+12 or a formatted "6,281,234,567,890".
import * as XLSX from '@e965/xlsx';
import { appError } from '../errors';

export interface SheetTable {
  name: string;
  /** Column titles from the first non-empty row ("Column C" where a title is blank). */
  columns: string[];
  /** Data rows after the header, each as long as `columns`; `rowNumbers[i]` is its row in the sheet (1-based). */
  rows: string[][];
  rowNumbers: number[];
}

export interface SheetSummary {
  name: string;
  columns: string[];
  rowCount: number;
  preview: string[][];
  /** Best guess of the phone and name columns, by title and then by content. */
  phoneColumn: number | null;
  nameColumn: number | null;
}

/** Excel's own limit (1,048,576 rows including the header): any sheet Excel can save can be imported. */
export const MAX_SHEET_ROWS = 1_048_575;

/**
 * Parses the file once. Formatted text (`cellText`), number formats and dates are skipped on purpose: the
 * import only needs raw values, and formatting every cell is a third of SheetJS's time on a large sheet.
 */
export function readWorkbook(data: Uint8Array): XLSX.WorkBook {
  try {
    return XLSX.read(data, {
      type: 'buffer',
      dense: true,
      raw: true,
      cellText: false,
      cellHTML: false,
      cellNF: false,
      cellDates: false,
      cellStyles: false,
      sheetRows: MAX_SHEET_ROWS + 1,
    });
  } catch (error) {
    throw appError(
      'invalid_input',
      'sheet_unreadable',
      { reason: (error as Error).message },
      { file: 'sheet_type' },
    );
  }
}

const cellText = (value: unknown): string => {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
};

const columnLetter = (index: number): string => XLSX.utils.encode_col(index);

export function readSheet(workbook: XLSX.WorkBook, sheetName: string): SheetTable {
  const sheet = workbook.Sheets[sheetName];
  if (!sheet) throw appError('not_found', 'sheet_missing', { sheet: sheetName });
  const raw = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    defval: '',
    blankrows: true,
  });
  const headerIndex = raw.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (headerIndex < 0) return { name: sheetName, columns: [], rows: [], rowNumbers: [] };
  const width = raw.reduce((max, row) => Math.max(max, row.length), 0);
  const titles = raw[headerIndex];
  const used = new Set<string>();
  const columns = Array.from({ length: width }, (_, i) => {
    let title = cellText(titles[i]) || `Column ${columnLetter(i)}`;
    for (let n = 2; used.has(title.toLowerCase()); n++) title = `${cellText(titles[i]) || 'Column'} ${n}`;
    used.add(title.toLowerCase());
    return title;
  });
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let r = headerIndex + 1; r < raw.length; r++) {
    // Converted in place: a second copy of 100,000 rows is mostly work for the garbage collector.
    const row = raw[r] as string[];
    let empty = true;
    for (let c = 0; c < width; c++) {
      const text = cellText(row[c]);
      row[c] = text;
      if (text) empty = false;
    }
    if (empty) continue;
    rows.push(row);
    rowNumbers.push(r + 1);
  }
  return { name: sheetName, columns, rows, rowNumbers };
}

const PHONE_TITLE =
  /(phone|hp|handphone|nomor|nomer|no\.?\s*(wa|telp|hp)|whats\s*app|wa\b|telp|telepon|mobile|number|ponsel)/i;
const NAME_TITLE = /(^|\b)(nama|name|customer|pelanggan)(\b|$)/i;

/** Guesses which columns hold the phone and the name: by title first, else by how the values look. */
export function guessColumns(table: Pick<SheetTable, 'columns' | 'rows'>): {
  phoneColumn: number | null;
  nameColumn: number | null;
} {
  let phoneColumn: number | null = table.columns.findIndex((title) => PHONE_TITLE.test(title));
  if (phoneColumn < 0) {
    const sample = table.rows.slice(0, 20);
    const score = (c: number) => sample.filter((row) => /^\+?[\d\s().-]{8,20}$/.test(row[c] ?? '')).length;
    const best = table.columns.map((_, c) => c).sort((a, b) => score(b) - score(a))[0];
    phoneColumn = best !== undefined && score(best) > 0 ? best : null;
  }
  const nameIndex = table.columns.findIndex((title, i) => i !== phoneColumn && NAME_TITLE.test(title));
  return { phoneColumn, nameColumn: nameIndex >= 0 ? nameIndex : null };
}

/**
 * Every sheet as a table, each sheet's cells dropped from the workbook once read: a 1,000,000-row sheet's cell
 * objects take more memory than its text, and keeping both until the import ends doubled the import's peak.
 */
export function readAllSheets(workbook: XLSX.WorkBook): Map<string, SheetTable> {
  const tables = new Map<string, SheetTable>();
  for (const name of workbook.SheetNames) {
    tables.set(name, readSheet(workbook, name));
    delete workbook.Sheets[name];
  }
  return tables;
}

export function summarizeTable(table: SheetTable, previewRows = 10): SheetSummary {
  return {
    name: table.name,
    columns: table.columns,
    rowCount: table.rows.length,
    preview: table.rows.slice(0, previewRows),
    ...guessColumns(table),
  };
}

export function summarizeWorkbook(workbook: XLSX.WorkBook, previewRows = 10): SheetSummary[] {
  return workbook.SheetNames.map((name) => summarizeTable(readSheet(workbook, name), previewRows));
}
