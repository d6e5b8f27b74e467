// The same database rebuilt with an FTS5 prefix index (argv[2], e.g. '1 2 3 4 5 6'): size, rebuild time, timings.
import Database from 'better-sqlite3';
import { copyFileSync, statSync } from 'node:fs';
const spec = process.argv[2] ?? '2 3 4';
const file = `/tmp/fts-prefix.sqlite`;
copyFileSync('/tmp/fts-exp.sqlite', file);
const db = new Database(file);
const before = statSync(file).size;
let t = performance.now();
db.exec(
  `DROP TABLE f; CREATE VIRTUAL TABLE f USING fts5 (body, content='m', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='${spec}'); INSERT INTO f(f) VALUES('rebuild'); VACUUM;`,
);
console.log(
  'prefix',
  spec,
  'rebuild+vacuum s',
  ((performance.now() - t) / 1000).toFixed(1),
  'MB before',
  (before / 1e6).toFixed(0),
  'after',
  (statSync(file).size / 1e6).toFixed(0),
);
const q = db.prepare('SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid DESC LIMIT 50');
const time = (fn) => {
  const t = performance.now();
  fn();
  return (performance.now() - t).toFixed(1);
};
for (const text of [
  'halo',
  'ya',
  'ongkir',
  'kode1a',
  'halo kak',
  'harga stok',
  'k',
  'ko',
  'kod',
  'kode',
  'hal',
  'ongk',
])
  console.log(
    text.padEnd(12),
    'prefix-all',
    time(() =>
      q.all(
        text
          .split(' ')
          .map((w) => `"${w}"*`)
          .join(' '),
      ),
    ),
    'exact-then-last-prefix',
    time(() =>
      q.all(
        text
          .split(' ')
          .map((w, i, a) => (i === a.length - 1 ? `"${w}"*` : `"${w}"`))
          .join(' '),
      ),
    ),
  );
