// SQL of what devices sent (encoded protos for retry receipts) and of Baileys' per-message retry counters.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';

export interface SentRow {
  proto: Buffer;
  nodes: string | null;
}

export interface SentMessageRow {
  deviceId: number;
  waId: string;
  remoteJid: string;
  proto: Uint8Array;
  nodes: string | null;
  at: number;
}

export function insertSentMessage(db: Database, row: SentMessageRow): void {
  cached(
    db,
    `INSERT INTO wa_sent_messages (device_id, wa_id, remote_jid, proto, nodes, sent_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(device_id, wa_id) DO UPDATE SET proto = excluded.proto, nodes = excluded.nodes`,
  ).run(row.deviceId, row.waId, row.remoteJid, Buffer.from(row.proto), row.nodes, row.at);
}

export function findSentMessage(db: Database, deviceId: number, waId: string): SentRow | undefined {
  return cached(db, 'SELECT proto, nodes FROM wa_sent_messages WHERE device_id = ? AND wa_id = ?').get(
    deviceId,
    waId,
  ) as SentRow | undefined;
}

/** Deletes what was sent before `before` (ms) and retry counters not touched since then. */
export function pruneSentMessages(db: Database, before: number): number {
  const sent = cached(db, 'DELETE FROM wa_sent_messages WHERE sent_at < ?').run(before).changes;
  cached(db, 'DELETE FROM wa_retry_counts WHERE updated_at < ?').run(before);
  return sent;
}

export function readRetryCount(db: Database, deviceId: number, key: string): number | undefined {
  const row = cached(db, 'SELECT count FROM wa_retry_counts WHERE device_id = ? AND key = ?').get(
    deviceId,
    key,
  ) as { count: number } | undefined;
  return row?.count;
}

export function writeRetryCount(db: Database, deviceId: number, key: string, count: number, at: number) {
  cached(
    db,
    `INSERT INTO wa_retry_counts (device_id, key, count, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(device_id, key) DO UPDATE SET count = excluded.count, updated_at = excluded.updated_at`,
  ).run(deviceId, key, count, at);
}

export function deleteRetryCount(db: Database, deviceId: number, key?: string) {
  if (key === undefined) cached(db, 'DELETE FROM wa_retry_counts WHERE device_id = ?').run(deviceId);
  else cached(db, 'DELETE FROM wa_retry_counts WHERE device_id = ? AND key = ?').run(deviceId, key);
}
