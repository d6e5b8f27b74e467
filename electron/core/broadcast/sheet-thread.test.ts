// Spreadsheet imports run on the sheet worker thread: the app's thread keeps turning while a big file is parsed
// and normalized, contacts arrive in slices in row order, and an import that fails or is cut off leaves no list.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFromThread, importSpreadsheet } from './contact-lists';
import { contactPhones, deleteUnfinishedLists, insertContactList, listContactLists } from './contact-queries';
import { createInlineSheetThread, createSheetThread } from './sheet-thread';
import { SLICE_ROWS } from './sheet-work';
import { tempDb } from './test-support';

const ROWS = 12_000;
function bigBook(): Buffer {
  const rows: unknown[][] = [['Nama', 'No HP', 'Kota']];
  for (let i = 0; i < ROWS; i++) rows.push([`Pelanggan ${i}`, `0812${String(10_000_000 + i)}`, 'Bandung']);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Pelanggan');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
let built: Buffer | undefined;
const bigFile = () => (built ??= bigBook());
const choice = { sheet: 'Pelanggan', mapping: { phoneColumn: 1, nameColumn: 0 }, region: 'ID' };

describe('spreadsheet imports on the sheet thread', () => {
  it('keeps the event loop turning while a 12,000-row file is parsed, normalized and stored in slices', async () => {
    const db = tempDb();
    const thread = createSheetThread();
    const data = bigFile();
    // Counts event-loop turns during the import: with SheetJS and libphonenumber on this thread there would be
    // none until the parse ended; on the worker the loop turns between every stored slice and in between.
    let turns = 0;
    let importing = true;
    const tick = () => {
      turns++;
      if (importing) setTimeout(tick, 1);
    };
    setTimeout(tick, 1);
    const { token, sheets } = await thread.inspect(data);
    const turnsWhileParsing = turns;
    expect(sheets[0]).toMatchObject({ name: 'Pelanggan', rowCount: ROWS, phoneColumn: 1, nameColumn: 0 });
    const progress: number[] = [];
    const result = await importFromThread(
      db,
      thread,
      token,
      { ...choice, name: 'Besar', source: 'besar.xlsx' },
      (stored, total) => {
        progress.push(stored);
        expect(total).toBe(ROWS);
      },
    );
    importing = false;
    expect(result).toMatchObject({ imported: ROWS, invalidCount: 0, duplicateCount: 0 });
    expect(result.list).toMatchObject({ name: 'Besar', columns: ['kota'], contactCount: ROWS });
    expect(progress).toEqual([SLICE_ROWS, 2 * SLICE_ROWS, ROWS]);
    expect(turnsWhileParsing).toBeGreaterThan(0);
    expect(turns).toBeGreaterThan(turnsWhileParsing);
    const phones = contactPhones(db, result.list.id).map((c) => c.phone);
    expect(phones.slice(0, 2)).toEqual(['6281210000000', '6281210000001']);
    expect(phones).toHaveLength(ROWS);
    await thread.close();
  });

  it('gives the same result on the worker and in this thread', async () => {
    const small = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      small,
      XLSX.utils.aoa_to_sheet([
        ['Nama', 'HP'],
        ['Budi', '0812 3456 7001'],
        ['Siti', 'nomor?'],
        ['Budi', '6281234567001'],
      ]),
      'Data',
    );
    const data = XLSX.write(small, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const opts = {
      mapping: { phoneColumn: 1, nameColumn: 0 },
      name: 'Kecil',
      source: 'k.xlsx',
      region: 'ID',
    };
    const [onWorker, inline] = await Promise.all([
      importSpreadsheet(tempDb(), data, opts, createSheetThread()),
      importSpreadsheet(tempDb(), data, opts, createInlineSheetThread()),
    ]);
    const { list: a, ...restA } = onWorker;
    const { list: b, ...restB } = inline;
    expect(restA).toEqual(restB);
    expect(restA).toMatchObject({ imported: 1, invalidCount: 1, duplicateCount: 1 });
    expect(a.contactCount).toBe(b.contactCount);
  });

  it('leaves no list when the import fails midway, and removes a list cut off by a crash at the next start', async () => {
    const db = tempDb();
    const thread = createSheetThread();
    const { token } = await thread.inspect(bigFile());
    let slices = 0;
    const failing = importFromThread(
      db,
      thread,
      token,
      { ...choice, name: 'Putus', source: 'p.xlsx' },
      () => {
        if (++slices === 2) db.exec('DROP TRIGGER IF EXISTS none'); // a harmless statement between slices
        if (slices === 3) throw new Error('disk full');
      },
    );
    await expect(failing).rejects.toThrow('disk full');
    expect(listContactLists(db)).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n).toBe(0);
    // A crash leaves the hidden, unfinished list behind: never listed, gone at the next start.
    const cutOff = insertContactList(db, 'Terpotong', [], 'x.xlsx', false);
    expect(listContactLists(db).map((l) => l.id)).not.toContain(cutOff);
    expect(deleteUnfinishedLists(db)).toBe(1);
    await thread.close();
  });

  it('answers an expired or unknown token with a clear error', async () => {
    const thread = createSheetThread();
    await expect(
      importFromThread(tempDb(), thread, 'no-such-token', { ...choice, name: 'X', source: 'x.xlsx' }),
    ).rejects.toThrow();
    await thread.close();
  });
});
