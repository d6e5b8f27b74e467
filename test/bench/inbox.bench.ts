// inbox: with 5,000,000 stored messages (INBOX_BENCH_MESSAGES to change), p95 of a thread page (cursor paging)
// and of a full-text search, through the contract handlers, against the bare SQL of the same query as a baseline
// in the same run; the database size per million messages; and the time from starting the app on that
// database to a usable app (/health and the first inbox call answered), in a fresh process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, DB_FILE } from '../../electron/core/db/database';
import { insertDevice } from '../../electron/core/devices/queries';
import { createEventBus } from '../../electron/core/events';
import type { InboundMessage } from '../../electron/core/messages/inbound-normalize';
import { createInboxHandlers } from '../../electron/core/inbox/handlers';
import { insertMessage, touchChat, upsertChat } from '../../electron/core/messages/inbox-queries';
import { dropOldSearchIndex } from '../../electron/core/messages/search-index';
import { ensureBuilt } from '../e2e/helpers';
import { percentile, reportBench } from './report';

const TOTAL = Number(process.env.INBOX_BENCH_MESSAGES ?? 5_000_000);
/** The lines' names carry the size, e.g. inbox-5m-page-p95. */
const size = TOTAL >= 1_000_000 ? `${TOTAL / 1_000_000}m` : `${TOTAL / 1000}k`;
const CHATS = 5000;
const SAMPLES = 1000;
const dir = mkdtempSync(join(tmpdir(), 'wa-bench-inbox-'));
const db = openDatabase(dir);
// As the app's first start does on a new data folder: only the prefix index (inbox_fts) is kept.
dropOldSearchIndex(db);

// Deterministic pseudo-random, so runs compare.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
const common = [
  'halo',
  'kak',
  'pesan',
  'harga',
  'berapa',
  'ongkir',
  'kirim',
  'barang',
  'sudah',
  'belum',
  'terima',
  'kasih',
  'ya',
  'tidak',
  'bisa',
  'stok',
  'ada',
  'mau',
  'order',
  'bayar',
];
// ~20k rarer words (product codes, names) so searches hit a realistic mix of frequent and rare terms.
const rare = Array.from({ length: 20_000 }, (_, i) => `kode${i.toString(36)}`);
const sentence = () =>
  Array.from({ length: 3 + Math.floor(random() * 10) }, () =>
    random() < 0.85 ? pick(common) : pick(rare),
  ).join(' ');

const devices = [insertDevice(db, '6281234560001', 'A').id, insertDevice(db, '6281234560002', 'B').id];
const chatIds: number[] = [];
const deviceOfChat = new Map<number, number>();
for (let i = 0; i < CHATS; i++) {
  const jid = `62812${String(10_000_000 + i)}@s.whatsapp.net`;
  const chatId = upsertChat(db, devices[i % 2], jid, false, `Pelanggan ${i}`);
  chatIds.push(chatId);
  deviceOfChat.set(chatId, devices[i % 2]);
}
// Skewed like a real shop: a few chats hold most of the history (chat 0 alone gets ~10 %).
const chatFor = () =>
  random() < 0.1 ? chatIds[0] : random() < 0.5 ? chatIds[1 + Math.floor(random() * 50)] : pick(chatIds);

const insertStarted = performance.now();
const BATCH = 10_000;
const insertBatch = db.transaction((from: number) => {
  for (let n = from; n < Math.min(TOTAL, from + BATCH); n++) {
    const chatId = chatFor();
    const ts = 1_700_000_000_000 + n * 1000;
    const m: InboundMessage = {
      waId: `3EB0${n.toString(16).padStart(16, '0')}`,
      chatJid: '',
      isGroup: false,
      fromMe: random() < 0.4,
      sender: null,
      senderLid: null,
      pushName: null,
      type: 'text',
      body: sentence(),
      selectedId: null,
      mimetype: null,
      fileName: null,
      thumbnail: null,
      quotedId: null,
      extra: null,
      timestamp: ts,
    };
    const deviceId = deviceOfChat.get(chatId)!;
    const id = insertMessage(db, deviceId, chatId, m, m.fromMe ? 'read' : null)!;
    touchChat(db, chatId, id, ts, m.fromMe ? 'keep' : 'add');
  }
});
for (let n = 0; n < TOTAL; n += BATCH) insertBatch(n);
const insertSeconds = (performance.now() - insertStarted) / 1000;
db.pragma('optimize');

const inbox = createInboxHandlers(db, createEventBus(), {} as never, {} as never, {} as never);
const time = (fn: () => unknown) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

// Thread pages: first page of a random (often big) chat, then 1–20 pages deeper by cursor.
const pageTimes: number[] = [];
const bareTimes: number[] = [];
const bare = db.prepare(`SELECT * FROM messages WHERE chat_id = ? ORDER BY ts DESC, id DESC LIMIT 50`);
for (let i = 0; i < SAMPLES; i++) {
  const chatId = chatFor();
  let cursor: string | undefined;
  const depth = Math.floor(random() * 20);
  for (let d = 0; d <= depth; d++) {
    let page!: ReturnType<(typeof inbox)['inbox.messages']>;
    pageTimes.push(time(() => (page = inbox['inbox.messages']({ chatId, cursor, limit: 50 }))));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  bareTimes.push(time(() => bare.all(chatId)));
}
const chatListTimes = Array.from({ length: 200 }, () =>
  time(() => inbox['inbox.chats']({ deviceId: pick(devices), limit: 50 })),
);

const queries = () => {
  const r = random();
  if (r < 0.3) return pick(common);
  if (r < 0.6) return pick(rare);
  if (r < 0.8) return `${pick(common)} ${pick(common)}`;
  return pick(rare).slice(0, 6); // a prefix while typing
};
const searchTimes: number[] = [];
const bareSearchTimes: number[] = [];
const bareSearch = db.prepare(`SELECT rowid FROM inbox_fts WHERE inbox_fts MATCH ? LIMIT 50`);
for (let i = 0; i < SAMPLES; i++) {
  const query = queries();
  searchTimes.push(time(() => inbox['inbox.search']({ query, limit: 50 })));
  bareSearchTimes.push(time(() => bareSearch.all(`"${query.split(' ')[0]}"*`)));
}

const dbBytes = statSync(join(dir, DB_FILE)).size;
db.close();
ensureBuilt();
/** Seconds from a fresh process's start to /health and the first inbox call answered (fixtures/open-child.ts). */
const openSeconds = () =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/fixtures/open-child.ts', dir], {
      cwd: new URL('../..', import.meta.url).pathname,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!,
  ) as { usableMs: number; healthMs: number };
openSeconds(); // the first start also warms the OS's file cache, as any later start of the app finds it
const opens = [openSeconds(), openSeconds(), openSeconds()].sort((a, b) => a.usableMs - b.usableMs);

reportBench(`inbox-${size}-messages-stored`, TOTAL, 'messages', 'info');
reportBench(`inbox-${size}-insert-per-s`, Math.round(TOTAL / insertSeconds), 'msg/s', 'info');
reportBench(`inbox-${size}-page-p95`, percentile(pageTimes, 95), 'ms', '<=5');
reportBench(`inbox-${size}-page-p50`, percentile(pageTimes, 50), 'ms', 'info');
reportBench(`inbox-${size}-page-bare-sql-p95`, percentile(bareTimes, 95), 'ms', 'baseline');
reportBench(`inbox-${size}-chats-p95`, percentile(chatListTimes, 95), 'ms', 'info');
reportBench(`inbox-${size}-search-p95`, percentile(searchTimes, 95), 'ms', '<=50');
reportBench(`inbox-${size}-search-p50`, percentile(searchTimes, 50), 'ms', 'info');
reportBench(`inbox-${size}-search-bare-fts-p95`, percentile(bareSearchTimes, 95), 'ms', 'baseline');
reportBench(`inbox-${size}-db-size`, Math.round(dbBytes / 1024 / 1024), 'MB', 'info');
reportBench('inbox-db-mb-per-million', Math.round(dbBytes / 1024 / 1024 / (TOTAL / 1_000_000)), 'MB', 'info');
reportBench(`inbox-${size}-rss`, Math.round(process.memoryUsage().rss / 1024 / 1024), 'MB', 'info');
// Median of three starts of the built headless app, from its process start; /health alone shown too.
reportBench(`inbox-${size}-open`, opens[1].usableMs / 1000, 's', '<=1.5');
reportBench(`inbox-${size}-open-health`, opens[1].healthMs / 1000, 's', 'info');
rmSync(dir, { recursive: true, force: true });
