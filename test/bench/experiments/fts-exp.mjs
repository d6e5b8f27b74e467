// FTS5 experiment behind migration 020 (test/bench/README.md): builds N synthetic inbox messages (the inbox
// bench's words) in /tmp/fts-exp.sqlite with messages_fts's tokenizer and times each search form.
// Run: N=2000000 node test/bench/experiments/fts-exp.mjs, then node test/bench/experiments/fts-prefix.mjs '1 2 3 4 5 6'
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
const file = '/tmp/fts-exp.sqlite';
const N = Number(process.env.N ?? 2_000_000);
const fresh = !existsSync(file);
const db = new Database(file);
console.log('sqlite', db.prepare('select sqlite_version() v').get().v);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = (items) => items[Math.floor(random() * items.length)];
const common =
  'halo kak pesan harga berapa ongkir kirim barang sudah belum terima kasih ya tidak bisa stok ada mau order bayar'.split(
    ' ',
  );
const rare = Array.from({ length: 20_000 }, (_, i) => `kode${i.toString(36)}`);
const sentence = () =>
  Array.from({ length: 3 + Math.floor(random() * 10) }, () =>
    random() < 0.85 ? pick(common) : pick(rare),
  ).join(' ');
if (fresh) {
  db.exec(`CREATE TABLE m (id INTEGER PRIMARY KEY, body TEXT);
  CREATE VIRTUAL TABLE f USING fts5 (body, content='m', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
  CREATE TRIGGER fi AFTER INSERT ON m BEGIN INSERT INTO f (rowid, body) VALUES (new.id, new.body); END;`);
  const ins = db.prepare('INSERT INTO m (body) VALUES (?)');
  const tx = db.transaction((n) => {
    for (let i = 0; i < n; i++) ins.run(sentence());
  });
  for (let i = 0; i < N; i += 100_000) tx(100_000);
  console.log('built', N);
}
db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fv USING fts5vocab(main, f, row)`);
const time = (fn) => {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
};
const q = db.prepare('SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid DESC LIMIT 50');
const vocab = db.prepare('SELECT term FROM temp.fv WHERE term >= ? AND term < ? LIMIT 65');
const upper = (p) => p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1);
for (const text of [
  'halo',
  'ya',
  'ongkir',
  'kode1a',
  'kode1a0',
  'halo kak',
  'harga stok',
  'k',
  'ko',
  'kod',
  'kode',
]) {
  const words = text.split(' ');
  const [prefixMs, r1] = time(() => q.all(words.map((w) => `"${w}"*`).join(' ')));
  const [exactMs] = time(() => q.all(words.map((w) => `"${w}"`).join(' ')));
  const [vocabMs, terms] = time(() => words.map((w) => vocab.all(w, upper(w)).map((r) => r.term)));
  const expanded = terms
    .map((ts) => (ts.length ? `(${ts.map((t) => `"${t}"`).join(' OR ')})` : '"__none__"'))
    .join(' AND ');
  const [orMs, r2] = time(() => (terms.every((t) => t.length <= 64) ? q.all(expanded) : []));
  console.log(
    text.padEnd(12),
    'prefix',
    prefixMs.toFixed(1),
    'exact',
    exactMs.toFixed(1),
    'vocab',
    vocabMs.toFixed(1),
    'terms',
    terms.map((t) => t.length).join('+'),
    'or',
    orMs.toFixed(1),
    'same',
    JSON.stringify(r1.slice(0, 50)) === JSON.stringify(r2.slice(0, 50)),
  );
}
