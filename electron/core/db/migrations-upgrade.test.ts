// Every migration upgrades a database that already holds data (as Signal Desktop tests each of its migrations:
// ts/test-node/sql/migration_*_test.ts): migrate to N−1, insert one row in every table, migrate to N, and every
// row is still there with its values; the columns a migration adds get their defaults. A new table needs a row
// in `seeds`, or this test says which one is missing.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate';

/** One row per table, only with the columns the table had when it was created (later ones take defaults). */
const seeds: Record<string, string> = {
  settings: `INSERT INTO settings (key, value) VALUES ('language', '"en"')`,
  devices: `INSERT INTO devices (id, number, name, status) VALUES (1, '6281234567001', 'Toko', 'open')`,
  wa_creds: `INSERT INTO wa_creds (device_id, creds) VALUES (1, '{"me":{"id":"6281234567001:1@s.whatsapp.net"}}')`,
  wa_keys: `INSERT INTO wa_keys (device_id, type, id, value) VALUES (1, 'pre-key', '7', '{"k":1}')`,
  api_refs: `INSERT INTO api_refs (ref, endpoint, request_hash, state, http_status, response)
    VALUES ('order-1', '/send-message', 'h1', 'done', 200, '{"status":true}')`,
  chats: `INSERT INTO chats (id, device_id, jid, name, last_at, unread)
    VALUES (1, 1, '6281234567002@s.whatsapp.net', 'Budi', 1700000000, 2)`,
  messages: `INSERT INTO messages (id, device_id, chat_id, wa_id, from_me, type, body, ts)
    VALUES (1, 1, 1, 'WA1', 0, 'text', 'Halo kak, pesanan saya', 1700000000)`,
  lid_map: `INSERT INTO lid_map (lid, pn) VALUES ('123456789', '6281234567002')`,
  jobs: `INSERT INTO jobs (id, queue, device_id, payload, run_at, give_up_at, created_at, updated_at)
    VALUES (1, 'webhook', 1, '{"url":"https://example.com/hook"}', 1, 2, 1, 1)`,
  webhook_config: `INSERT INTO webhook_config (id, default_url, secret) VALUES (1, 'https://example.com/hook', 's3cret')`,
  auto_replies: `INSERT INTO auto_replies (id, device_id, match_type, pattern, reply, position)
    VALUES (1, 1, 'contains', 'harga', 'Harga mulai 10rb', 0)`,
  contact_lists: `INSERT INTO contact_lists (id, name, columns) VALUES (1, 'Pelanggan', '["kota"]')`,
  contacts: `INSERT INTO contacts (id, list_id, row_no, phone, name, vars)
    VALUES (1, 1, 2, '6281234567002', 'Budi', '{"kota":"Bandung"}')`,
  opt_outs: `INSERT INTO opt_outs (phone, word) VALUES ('6281234567003', 'STOP')`,
  campaigns: `INSERT INTO campaigns (id, name, list_id, content, device_ids, pacing, status)
    VALUES (1, 'Promo', 1, '{"type":"text","text":"Halo {{name}}"}', '[1]', '{}', 'running')`,
  campaign_recipients: `INSERT INTO campaign_recipients (id, campaign_id, row_no, phone, device_id, status)
    VALUES (1, 1, 2, '6281234567002', 1, 'pending')`,
  send_log: `INSERT INTO send_log (device_id, sent_at) VALUES (1, 1700000000)`,
  broadcast_config: `INSERT INTO broadcast_config (key, value) VALUES ('safety', '{}')`,
  sent_menus: `INSERT INTO sent_menus (device_id, chat_jid, choices, sent_at)
    VALUES (1, '6281234567002@s.whatsapp.net', '[]', 1)`,
  wa_sent_messages: `INSERT INTO wa_sent_messages (device_id, wa_id, remote_jid, proto, nodes, sent_at)
    VALUES (1, '3EB0AA', '6281234567002@s.whatsapp.net', X'0a0568616c6f21', NULL, 1700000000000)`,
  wa_retry_counts: `INSERT INTO wa_retry_counts (device_id, key, count, updated_at)
    VALUES (1, '3EB0AA:6281234567002@s.whatsapp.net', 2, 1700000000000)`,
  device_restrictions: `INSERT INTO device_restrictions (device_id, timelock_until, cap_stage, new_chats_day, new_chats_today)
    VALUES (1, 1700000600000, 'FIRST_WARNING', 1699999200000, 12)`,
  wa_inbound_journal: `INSERT INTO wa_inbound_journal (device_id, remote_jid, wa_id, upsert_type, info, msg_key, kept_at)
    VALUES (1, '6281234567002@s.whatsapp.net', '3EB0BB', 'notify', X'0a00', '{"id":"3EB0BB"}', 1700000000000)`,
  ai_config: `INSERT INTO ai_config (id, preset, api_key, facts) VALUES (1, 'groq', 'gsk_test', 'Buka 08-17')`,
  ai_devices: `INSERT INTO ai_devices (device_id, enabled, daily_cap) VALUES (1, 1, 50)`,
  ai_sheets: `INSERT INTO ai_sheets (id, name, columns, rows, created_at)
    VALUES (1, 'Harga', '["produk","harga"]', '[["Kopi","15000"]]', 1700000000000)`,
  ai_chats: `INSERT INTO ai_chats (chat_id, device_id, ai_off, paused_until, needs_person) VALUES (1, 1, 0, NULL, 1)`,
  ai_replies: `INSERT INTO ai_replies (id, device_id, chat_id, wa_id, sent_at) VALUES (1, 1, 1, '3EB0CC', 1700000000000)`,
  wa_groups: `INSERT INTO wa_groups (device_id, jid, subject, size, we_admin, metadata)
    VALUES (1, '120363041234567890@g.us', 'Pelanggan', 2, 1, '{"id":"120363041234567890@g.us","participants":[]}')`,
  status_posts: `INSERT INTO status_posts (id, device_id, wa_id, type, body, background_color, font, created_at)
    VALUES (1, 1, '3EB0CC', 'text', 'Promo hari ini', '#128c7e', 1, 1700000000000)`,
  status_audience: `INSERT INTO status_audience (post_id, phone, delivered_at, viewed_at)
    VALUES (1, '6281234567002', 1700000000100, NULL)`,
  campaign_status: `INSERT INTO campaign_status (campaign_id, posted_at) VALUES (1, NULL)`,
  // Its migration writes the one row; the seed only sets it.
  search_fill: `INSERT OR REPLACE INTO search_fill (id, below) VALUES (1, 1)`,
};

/** What a migration promises about the rows it finds, beyond keeping them. */
const checks: Record<number, (db: Database) => void> = {
  2: (db) =>
    expect(db.prepare('SELECT paused, status_reason FROM devices').get()).toEqual({
      paused: 0,
      status_reason: null,
    }),
  8: (db) =>
    expect(db.prepare('SELECT interactive_style FROM devices').get()).toEqual({
      interactive_style: 'interactive',
    }),
  10: (db) => expect(db.prepare('SELECT complete FROM contact_lists').get()).toEqual({ complete: 1 }),
  13: (db) =>
    expect(db.prepare('SELECT device_restriction FROM webhook_config').get()).toEqual({
      device_restriction: 0,
    }),
  20: (db) => {
    // The message an older version stored waits for the background fill (messages/search-index.ts).
    expect(db.prepare('SELECT below FROM search_fill').get()).toEqual({ below: 1 });
    expect(db.prepare(`SELECT rowid FROM inbox_fts WHERE inbox_fts MATCH 'pes*'`).all()).toEqual([]);
  },
  // The campaign's message in the one shape of every send (migration-021.test.ts has every old type).
  21: (db) =>
    expect(db.prepare('SELECT content FROM campaigns').get()).toEqual({
      content: '{"kind":"text","text":"Halo {{name}}"}',
    }),
};

/** Columns a migration rewrites on purpose (its check above says into what): not compared with the old value. */
const rewritten: Record<number, Record<string, string[]>> = { 21: { campaigns: ['content'] } };
const without = (row: object, columns: string[] = []) =>
  Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));

const migrations = loadMigrations();

function openAt(version: number): Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

/** Real tables in creation order (seeds respect foreign keys); FTS5's own tables are checked through search. */
function tables(db: Database): string[] {
  return (
    db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`,
      )
      .all() as Array<{ name: string; sql: string }>
  )
    .filter((table) => !/VIRTUAL TABLE/i.test(table.sql) && !table.name.includes('_fts'))
    .map((table) => table.name);
}

const rowsOf = (db: Database, table: string) => db.prepare(`SELECT * FROM ${table}`).all() as object[];

describe('migrations upgrade a database that holds data', () => {
  it('has a seed row for every table of the latest schema', () => {
    expect(tables(openAt(migrations.length)).filter((table) => !seeds[table])).toEqual([]);
  });

  it.each(migrations.slice(1).map((m) => [`${String(m.version).padStart(3, '0')}_${m.name}`, m.version]))(
    '%s keeps every row of the version before',
    (_name, version) => {
      const db = openAt(version - 1);
      const before = tables(db).filter((table) => seeds[table]);
      for (const table of before) db.exec(seeds[table]);
      const snapshot = Object.fromEntries(before.map((table) => [table, rowsOf(db, table)]));

      expect(migrate(db, migrations.slice(0, version))).toBe(version);

      for (const table of before) {
        // Every old column keeps its value; added columns may only add keys.
        const after = rowsOf(db, table);
        expect(after).toHaveLength(snapshot[table].length);
        const kept = (row: object) => without(row, rewritten[version]?.[table]);
        after.forEach((row, index) => expect(kept(row)).toMatchObject(kept(snapshot[table][index])));
      }
      if (before.includes('messages'))
        expect(db.prepare(`SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'pesanan'`).all()).toEqual(
          [{ rowid: 1 }],
        );
      checks[version]?.(db);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    },
  );
});
