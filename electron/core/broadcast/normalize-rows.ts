// Rows of a sheet (or a pasted list) → contacts with normalized numbers; invalid rows with a reason; duplicates.
import { normalizePhone } from '../../../shared/phone';
import { normalizePhones, workersWanted, type PhoneWorkers } from './phone-workers';
import { variableKey } from './render-template';

export type InvalidReason =
  'missing' | 'scientific' | 'not_a_number' | 'too_short' | 'too_long' | 'invalid_number';

export interface ImportedContact {
  rowNo: number;
  phone: string;
  name: string;
  /** Other columns by variable key, as JSON (what the contacts table stores). */
  vars: string;
}

export interface InvalidRow {
  rowNo: number;
  value: string;
  reason: InvalidReason;
}

export interface DuplicateRow {
  rowNo: number;
  phone: string;
  /** The row that number first appeared in (that one is kept). */
  firstRowNo: number;
}

export interface NormalizedRows {
  contacts: ImportedContact[];
  invalid: InvalidRow[];
  duplicates: DuplicateRow[];
}

export interface ColumnMapping {
  phoneColumn: number;
  nameColumn: number | null;
}

/** Why normalizePhone said no, in one word the UI translates. */
export function invalidReason(value: string): InvalidReason {
  const text = value.trim();
  if (!text) return 'missing';
  // Excel saved the number in a number-formatted column to CSV: "6.28123E+12", the last digits are gone.
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(text)) return 'scientific';
  if (/[a-z]/i.test(text.replace(/^(tel:|wa\.me\/)/i, ''))) return 'not_a_number';
  const digits = text.replace(/\D/g, '').length;
  if (digits < 8) return 'too_short';
  if (digits > 15) return 'too_long';
  return 'invalid_number';
}

/**
 * The cache key of a number: normalizePhone only looks at the digits and "+" of a text without letters, so
 * "0812-3456-7001" and "0812 3456 7001" (lists repeat customers, written differently) are parsed once.
 */
export const numberKey = (value: string): string =>
  /[a-z]/i.test(value) ? value : value.replace(/[^\d+]/g, '');

/** `known`: numbers already normalized by key (by normalizeRowsFast's workers); the rest is done here. */
export function normalizeRows(
  columns: string[],
  rows: string[][],
  rowNumbers: number[],
  mapping: ColumnMapping,
  region: string,
  known: Map<string, string | null> = new Map(),
): NormalizedRows {
  const varColumns = otherColumns(columns, mapping);
  // The phone and name columns also answer to their own header ({{Nama Pelanggan}}, {{No HP}}), as written in
  // the sheet, with the cleaned value (the normalized number, the name) — not only as {{name}} / {{phone}}.
  const phoneKey = headerKey(columns, mapping.phoneColumn);
  const nameKey = mapping.nameColumn === null ? null : headerKey(columns, mapping.nameColumn);
  const contacts: ImportedContact[] = [];
  const invalid: InvalidRow[] = [];
  const duplicates: DuplicateRow[] = [];
  const firstRow = new Map<string, number>();
  const seen = known;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const rowNo = rowNumbers[i];
    const value = row[mapping.phoneColumn] ?? '';
    const key = numberKey(value);
    let phone = seen.get(key);
    if (phone === undefined) {
      phone = normalizePhone(value, region);
      seen.set(key, phone);
    }
    if (!phone) {
      invalid.push({ rowNo, value, reason: invalidReason(value) });
      continue;
    }
    const first = firstRow.get(phone);
    if (first !== undefined) {
      duplicates.push({ rowNo, phone, firstRowNo: first });
      continue;
    }
    firstRow.set(phone, rowNo);
    const name = mapping.nameColumn === null ? '' : (row[mapping.nameColumn] ?? '');
    let vars = `{${JSON.stringify(phoneKey)}:${JSON.stringify(phone)}`;
    if (nameKey) vars += `,${JSON.stringify(nameKey)}:${JSON.stringify(name)}`;
    for (let v = 0; v < varColumns.length; v++) {
      const { key, index } = varColumns[v];
      vars += `,${JSON.stringify(key)}:${JSON.stringify(row[index] ?? '')}`;
    }
    vars += '}';
    contacts.push({ rowNo, phone, name, vars });
  }
  return { contacts, invalid, duplicates };
}

/** normalizeRows for big lists: the distinct numbers are normalized on worker threads first. */
export async function normalizeRowsFast(
  columns: string[],
  rows: string[][],
  rowNumbers: number[],
  mapping: ColumnMapping,
  region: string,
  workers?: PhoneWorkers | null,
): Promise<NormalizedRows> {
  // Without workers the one-pass version (numbers normalized as met, cached by key) needs less memory.
  if (!workers && !workersWanted(rows.length))
    return normalizeRows(columns, rows, rowNumbers, mapping, region);
  const distinct = new Map<string, string>();
  for (const row of rows) {
    const value = row[mapping.phoneColumn] ?? '';
    const key = numberKey(value);
    if (!distinct.has(key)) distinct.set(key, value);
  }
  const phones = await normalizePhones([...distinct.values()], region, workers);
  const known = new Map<string, string | null>();
  let i = 0;
  for (const key of distinct.keys()) known.set(key, phones[i++]);
  return normalizeRows(columns, rows, rowNumbers, mapping, region, known);
}

const headerKey = (columns: string[], index: number) =>
  variableKey(columns[index] ?? '') || `column_${index + 1}`;

/** The columns other than phone and name, each with its variable key. */
function otherColumns(columns: string[], mapping: ColumnMapping) {
  return columns
    .map((_, index) => ({ key: headerKey(columns, index), index }))
    .filter(({ index }) => index !== mapping.phoneColumn && index !== mapping.nameColumn);
}

/** The columns shown as a list's variables (what {{…}} can use besides name and phone). */
export function variableColumns(columns: string[], mapping: ColumnMapping): string[] {
  return otherColumns(columns, mapping).map(({ key }) => key);
}

/**
 * A typed or pasted list: one contact per line, "number", "number, name" or "name<TAB>number" (Excel copy).
 * The number is whichever field has the most digits.
 */
export function parsePastedList(text: string): { columns: string[]; rows: string[][]; rowNumbers: number[] } {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const fields = line.split(/\t|;|,(?![^(]*\))/).map((field) => field.trim());
    const digitsOf = (field: string) => field.replace(/\D/g, '').length;
    const phoneAt = fields.reduce(
      (best, field, i) => (digitsOf(field) > digitsOf(fields[best]) ? i : best),
      0,
    );
    const name = fields
      .filter((_, i) => i !== phoneAt)
      .join(' ')
      .trim();
    rows.push([fields[phoneAt], name]);
    rowNumbers.push(index + 1);
  });
  return { columns: ['Phone', 'Name'], rows, rowNumbers };
}
