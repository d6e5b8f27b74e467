// Reading spreadsheets: xlsx, xls and csv keep phone numbers as text; header, blank rows, guesses, reasons.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { renderFor } from './campaign-content';
import { contactAtRow, contactPhones } from './contact-queries';
import { importPasted, importSpreadsheet } from './contact-lists';
import { guessColumns, readSheet, readWorkbook, summarizeWorkbook } from './import-sheet';
import { invalidReason, normalizeRows, parsePastedList } from './normalize-rows';
import { tempDb } from './test-support';

const rows = [
  ['Pelanggan', 'Telepon', 'Kota'],
  ['Budi', 6281234567001, 'Bandung'],
  ['Siti', '081234567002', ''],
  [],
  ['Andi', '+62 812-3456-7003', 'Medan'],
];

function book(type: XLSX.BookType): Buffer {
  // SheetJS (like Excel) writes a big number into CSV as 6.28123E+12, so the CSV fixture is written as text.
  if (type === 'csv')
    return Buffer.from(
      'Pelanggan,Telepon,Kota\nBudi,6281234567001,Bandung\nSiti,081234567002,\n,,\nAndi,+62 812-3456-7003,Medan\n',
    );
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Data');
  return XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer;
}

describe('reading a sheet', () => {
  it.each(['xlsx', 'xls', 'csv'] as const)(
    'reads %s with numbers as their digits and skips blank rows',
    (type) => {
      const table = readSheet(readWorkbook(book(type)), type === 'csv' ? 'Sheet1' : 'Data');
      expect(table.columns).toEqual(['Pelanggan', 'Telepon', 'Kota']);
      expect(table.rows.map((r) => r[1])).toEqual(['6281234567001', '081234567002', '+62 812-3456-7003']);
      expect(table.rowNumbers).toEqual([2, 3, 5]);
    },
  );

  it('keeps a csv cell like 0812… as text (no leading zero lost, no 8.1E+10)', () => {
    const csv = Buffer.from('nama;no wa\nBudi;0812 3456 7001\nSiti;081234567002\n');
    const [sheet] = summarizeWorkbook(readWorkbook(csv));
    expect(sheet.preview.map((r) => r[1])).toEqual(['0812 3456 7001', '081234567002']);
    expect(sheet).toMatchObject({ phoneColumn: 1, nameColumn: 0 });
  });

  it('finds the phone column by its values when no title says so, and names blank titles', () => {
    const guess = guessColumns({
      columns: ['A', 'B'],
      rows: [
        ['Budi', '0812-3456-7001'],
        ['Siti', '081234567002'],
      ],
    });
    expect(guess).toEqual({ phoneColumn: 1, nameColumn: null });
    const csv = Buffer.from('nama,,kota\nBudi,081234567001,Bogor\n');
    expect(readSheet(readWorkbook(csv), 'Sheet1').columns).toEqual(['nama', 'Column B', 'kota']);
  });

  it('gives each unusable number a reason', () => {
    expect(
      ['', '6.28123E+12', 'abc', '0812', '08123456789012345', '0000 0000 0000'].map(invalidReason),
    ).toEqual(['missing', 'scientific', 'not_a_number', 'too_short', 'too_long', 'invalid_number']);
  });

  it('normalizes, keeps the first of duplicates, and makes the other columns variables', () => {
    const result = normalizeRows(
      ['Nama', 'HP', 'Kota Asal'],
      [
        ['Budi', '0812-3456-7001', 'Bandung'],
        ['Budi 2', '+62 812 3456 7001', 'Bogor'],
        ['X', 'nomor?', ''],
      ],
      [2, 3, 4],
      { phoneColumn: 1, nameColumn: 0 },
      'ID',
    );
    expect(result.contacts).toEqual([
      {
        rowNo: 2,
        phone: '6281234567001',
        name: 'Budi',
        // The phone and name columns answer to their own headers too ({{HP}}, {{Nama}}), with the cleaned values.
        vars: '{"hp":"6281234567001","nama":"Budi","kota_asal":"Bandung"}',
      },
    ]);
    expect(result.duplicates).toEqual([{ rowNo: 3, phone: '6281234567001', firstRowNo: 2 }]);
    expect(result.invalid).toEqual([{ rowNo: 4, value: 'nomor?', reason: 'not_a_number' }]);
  });

  it("fills a placeholder written with the sheet's own header ({{Pelanggan}}, {{Telepon}}) like {{name}}", async () => {
    const db = tempDb();
    const { list } = await importSpreadsheet(db, book('xlsx'), {
      mapping: { phoneColumn: 1, nameColumn: 0 },
      name: 'Juni',
      source: 'juni.xlsx',
      region: 'ID',
    });
    const row = contactAtRow(db, list.id, 0)!;
    expect(renderFor('Halo {{Pelanggan}} ({{name}}), nomor {{Telepon}} di {{Kota}}', row)).toBe(
      'Halo Budi (Budi), nomor 6281234567001 di Bandung',
    );
    // The list's variables shown in the app stay the other columns; name and phone are offered on their own.
    expect(list.columns).toEqual(['kota']);
  });

  it('reads a pasted list: number alone, "number, name", or "name<TAB>number" copied from Excel', () => {
    expect(
      parsePastedList('0812-3456-7001\nBudi\t0812 3456 7002\n\n+62 812 3456 7003, Siti Aminah').rows,
    ).toEqual([
      ['0812-3456-7001', ''],
      ['0812 3456 7002', 'Budi'],
      ['+62 812 3456 7003', 'Siti Aminah'],
    ]);
  });

  it('stores an import as a list, and a pasted list too', async () => {
    const db = tempDb();
    const imported = await importSpreadsheet(db, book('xlsx'), {
      mapping: { phoneColumn: 1, nameColumn: 0 },
      name: 'Juni',
      source: 'juni.xlsx',
      region: 'ID',
    });
    expect(imported).toMatchObject({ imported: 3, invalidCount: 0, duplicateCount: 0 });
    expect(imported.list).toMatchObject({ name: 'Juni', columns: ['kota'], contactCount: 3 });
    const pasted = await importPasted(db, 'Tempel', '0812 3456 7009, Rina\n0812 3456 7009\nhalo', 'ID');
    expect(pasted).toMatchObject({ imported: 1, duplicateCount: 1, invalidCount: 1 });
    expect(contactPhones(db, pasted.list.id).map((c) => c.phone)).toEqual(['6281234567009']);
  });
});
