// SQL of the safety governor: the send log it counts, and the feature's small settings table.
import type { Database } from 'better-sqlite3';

// ── Send log (governor) ──

export function insertSendLog(db: Database, deviceId: number, at: number): void {
  db.prepare(`INSERT INTO send_log (device_id, sent_at) VALUES (?, ?)`).run(deviceId, at);
}

export function sendsSince(db: Database, deviceId: number, since: number): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM send_log WHERE device_id = ? AND sent_at >= ?`)
      .get(deviceId, since) as {
      n: number;
    }
  ).n;
}

/** The n-th most recent send time since `since` (1 = latest), to know when an hourly window frees a slot. */
export function oldestSendSince(db: Database, deviceId: number, since: number): number | null {
  return (
    db
      .prepare(`SELECT min(sent_at) AS at FROM send_log WHERE device_id = ? AND sent_at >= ?`)
      .get(deviceId, since) as { at: number | null }
  ).at;
}

export function pruneSendLog(db: Database, before: number): void {
  db.prepare(`DELETE FROM send_log WHERE sent_at < ?`).run(before);
}

// ── Config ──

export function readConfig(db: Database, key: string): string | undefined {
  return (
    db.prepare(`SELECT value FROM broadcast_config WHERE key = ?`).get(key) as { value: string } | undefined
  )?.value;
}

export function writeConfig(db: Database, key: string, value: string): void {
  db.prepare(
    `INSERT INTO broadcast_config (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}
