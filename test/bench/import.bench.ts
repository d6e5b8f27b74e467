// `npm run bench -- import`: generated 100,000-row and 1,000,000-row (Excel's limit) .xlsx files through the
// app's import (parse, normalize, dedupe, store) against a bare SheetJS parse of the same file; peak memory of the
// import; the longest stall of the app's thread while it runs; creating a campaign of the list.
// IMPORT_BENCH_1M=0 skips the million-row file (it takes a few minutes to write and read).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { seededRandom } from '../../electron/core/broadcast/render-template';
import { median, reportBench } from './report';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'wa-bench-import-'));

/** Customers as shops keep them: mixed notations, numbers typed as numbers, ~1% junk and ~2% repeats. */
function generate(ROWS: number, file: string) {
  const random = seededRandom(42);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const prefixes = ['812', '813', '821', '822', '852', '853', '857', '858', '877', '878', '895', '896'];
  const cities = ['Jakarta', 'Bandung', 'Surabaya', 'Medan', 'Semarang', 'Makassar', ''];
  const rows: unknown[][] = [['Nama', 'No HP', 'Kota', 'Catatan']];
  const seen: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const national = `${prefixes[Math.floor(random() * prefixes.length)]}${digits(random() < 0.5 ? 8 : 7)}`;
    const r = random();
    let phone: unknown =
      r < 0.4
        ? `0${national}`
        : r < 0.6
          ? `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`
          : r < 0.8
            ? Number(`62${national}`)
            : `0${national.slice(0, 3)} ${national.slice(3)}`;
    if (random() < 0.01) phone = random() < 0.5 ? 'tidak ada' : digits(5);
    else if (seen.length && random() < 0.02) phone = seen[Math.floor(random() * seen.length)];
    else seen.push(String(phone));
    rows.push([`Pelanggan ${i + 1}`, phone, cities[i % cities.length], i % 3 ? '' : 'member']);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Pelanggan');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

function child(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/bench/fixtures/import-child.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(result.stderr || result.stdout);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

/** Interleaved rounds, best of each side: the least disturbed run on a shared machine. */
function measure(label: string, rows: number, rounds: number) {
  const file = join(dir, `customers-${label}.xlsx`);
  generate(rows, file);
  const bare: number[] = [];
  const imported: number[] = [];
  const created: number[] = [];
  const peaks: number[] = [];
  const barePeaks: number[] = [];
  const stalls: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Interleaved, so a busy moment on the machine hits both sides alike.
    const plain = child('bare', file);
    bare.push(plain.ms);
    barePeaks.push(plain.peakMb);
    const run = child('import', file, mkdtempSync(join(dir, 'data-')));
    imported.push(run.ms);
    created.push(run.createMs);
    peaks.push(run.peakMb);
    stalls.push(run.stallMaxMs);
    if (round === 0)
      console.error(`# imported ${run.imported}, invalid ${run.invalid}, duplicates ${run.duplicates}`);
  }
  console.error(
    `# ${label}: bare parse ms ${bare.map(Math.round).join(' ')}; import ms ${imported.map(Math.round).join(' ')}`,
  );
  return { bare, imported, created, peaks, barePeaks, stalls };
}

try {
  const small = measure('100k', 100_000, 5);
  reportBench('import-100k-ratio', Math.min(...small.imported) / Math.min(...small.bare), 'x', '<=1.5');
  reportBench('import-100k-rss', Math.max(...small.peaks), 'MB', '<=400');
  reportBench('import-100k-bare-rss', Math.max(...small.barePeaks), 'MB', 'info');
  reportBench('import-100k-stall-max', median(small.stalls), 'ms', 'info');
  reportBench('campaign-100k-create', median(small.created) / 1000, 's', '<=2');
  if (process.env.IMPORT_BENCH_1M !== '0') {
    const big = measure('1m', 1_000_000, 2);
    reportBench('import-1m-ratio', Math.min(...big.imported) / Math.min(...big.bare), 'x', '<=1.3');
    reportBench('import-1m-rss', Math.max(...big.peaks), 'MB', '<=1500');
    reportBench('import-1m-bare-rss', Math.max(...big.barePeaks), 'MB', 'info');
    reportBench('import-1m-stall-max', Math.min(...big.stalls), 'ms', '<=100');
    reportBench('campaign-1m-create', Math.min(...big.created) / 1000, 's', 'info');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
