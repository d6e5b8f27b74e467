// The prefix search index (migration 020) of an inbox stored by an older version is filled in slices while
// messages keep arriving, changing and being deleted; the search reads the old index until the new one is full,
// and FTS5's own integrity check holds at every step.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../db/migrate';
import { createLogger } from '../logger';
import { searchMessages } from './inbox-queries';
import { dropOldSearchIndex, fillSearchSlice, searchTable, startSearchIndexFill } from './search-index';

const migrations = loadMigrations();
const PREFIX_VERSION = migrations.find((m) => m.name === 'inbox_search_prefixes')!.version;

/** A database at the version before the prefix index, holding `count` messages of one chat. */
function inboxBefore(count: number): Database {
  const db = new BetterSqlite3(':memory:');
  migrate(db, migrations.slice(0, PREFIX_VERSION - 1));
  db.exec(`INSERT INTO devices (id, number, name, status) VALUES (1, '6281234567001', 'Toko', 'open');
    INSERT INTO chats (id, device_id, jid, last_at) VALUES (1, 1, '6281234567002@s.whatsapp.net', 1)`);
  const insert = db.prepare(
    `INSERT INTO messages (device_id, chat_id, wa_id, from_me, type, body, ts) VALUES (1, 1, ?, 0, 'text', ?, ?)`,
  );
  for (let i = 1; i <= count; i++) insert.run(`WA${i}`, `halo kak pesanan nomor ${i}`, i);
  migrate(db, migrations);
  return db;
}

const addMessage = (db: Database, body: string) =>
  Number(
    db
      .prepare(
        `INSERT INTO messages (device_id, chat_id, wa_id, from_me, type, body, ts) VALUES (1, 1, ?, 0, 'text', ?, 99)`,
      )
      .run(`NEW${Math.random()}`, body).lastInsertRowid,
  );
/** FTS5's check of the index against the messages themselves (rank 1), for the rows above the fill's mark. */
function integrityOk(db: Database) {
  const below = (db.prepare('SELECT below FROM search_fill').get() as { below: number }).below;
  const indexed = db.prepare(`SELECT count(*) AS n FROM messages WHERE id > ?`).get(below) as { n: number };
  expect(db.prepare(`SELECT count(*) AS n FROM inbox_fts_docsize`).get()).toEqual(indexed);
  if (below === 0)
    expect(() =>
      db.exec(`INSERT INTO inbox_fts (inbox_fts, rank) VALUES ('integrity-check', 1)`),
    ).not.toThrow();
}
const hits = (db: Database, match: string) => searchMessages(db, match, 100).map((row) => row.body);

describe('inbox search index with word prefixes', () => {
  it('fills an older inbox newest first while messages arrive, change and go; then drops the old index', () => {
    const db = inboxBefore(10);
    expect(searchTable(db)).toBe('messages_fts');
    expect(hits(db, '"nomor"* "7"')).toEqual(['halo kak pesanan nomor 7']);

    expect(fillSearchSlice(db, 4)).toBe(6); // messages 10..7 indexed, the rest waits
    integrityOk(db);
    const arrived = addMessage(db, 'ongkir ke bandung berapa');
    db.prepare(`UPDATE messages SET body = 'pesanan dibatalkan' WHERE id = 3`).run(); // not indexed yet
    db.prepare(`UPDATE messages SET body = 'pesanan dikirim' WHERE id = 9`).run(); // already indexed
    db.prepare(`DELETE FROM messages WHERE id = 8`).run();
    integrityOk(db);
    // Still reading the complete old index while the fill runs.
    expect(searchTable(db)).toBe('messages_fts');
    expect(hits(db, '"ongk"*')).toEqual(['ongkir ke bandung berapa']);

    while (fillSearchSlice(db, 4) > 0) integrityOk(db);
    integrityOk(db);
    expect(searchTable(db)).toBe('inbox_fts');
    expect(dropOldSearchIndex(db)).toBe(true);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'messages_fts%'`).all()).toEqual([]);

    expect(hits(db, '"ongk"*')).toEqual(['ongkir ke bandung berapa']);
    expect(hits(db, '"dibat"*')).toEqual(['pesanan dibatalkan']);
    expect(hits(db, '"dikir"*')).toEqual(['pesanan dikirim']);
    expect(hits(db, '"nomor"* "8"')).toEqual([]);
    expect(hits(db, '"nomor"*')).toHaveLength(7); // 10 stored − 8 deleted − 3 and 9 reworded
    expect(searchMessages(db, '"ongk"*', 1)[0].id).toBe(arrived);

    // After the fill every change is indexed straight away.
    db.prepare(`UPDATE messages SET body = 'stok habis' WHERE id = ?`).run(arrived);
    db.prepare(`DELETE FROM messages WHERE id = 10`).run();
    integrityOk(db);
    expect(hits(db, '"stok"*')).toEqual(['stok habis']);
    expect(hits(db, '"ongk"*')).toEqual([]);
  });

  it('a new inbox starts on the prefix index, and the first start drops the old one', async () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, migrations);
    expect(searchTable(db)).toBe('inbox_fts');
    startSearchIndexFill(db, createLogger('silent'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'messages_fts'`).get()).toBeUndefined();
  });

  it('fills in the background, one slice per turn of the event loop, and stops when asked', async () => {
    const db = inboxBefore(60);
    const stop = startSearchIndexFill(db, createLogger('silent'), 10);
    // Other work runs between slices: after one turn the fill has not finished.
    await new Promise((resolve) => setImmediate(resolve));
    const mark = (db.prepare('SELECT below FROM search_fill').get() as { below: number }).below;
    expect(mark).toBeGreaterThan(0);
    expect(mark).toBeLessThan(60);
    while (searchTable(db) !== 'inbox_fts') await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    stop();
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'messages_fts'`).get()).toBeUndefined();
    expect(hits(db, '"pesan"*')).toHaveLength(60);
    integrityOk(db);
  });
});
