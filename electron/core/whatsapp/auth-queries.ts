// SQL of the Baileys auth state: one creds row and many signal key rows per device.
import { cached } from '../db/statements';
import type { Database } from 'better-sqlite3';

export function readCreds(db: Database, deviceId: number): string | undefined {
  const row = cached(db, 'SELECT creds FROM wa_creds WHERE device_id = ?').get(deviceId) as
    { creds: string } | undefined;
  return row?.creds;
}

export function writeCreds(db: Database, deviceId: number, creds: string): void {
  cached(
    db,
    `INSERT INTO wa_creds (device_id, creds) VALUES (?, ?)
     ON CONFLICT(device_id) DO UPDATE SET creds = excluded.creds, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(deviceId, creds);
}

export function hasCreds(db: Database, deviceId: number): boolean {
  return cached(db, 'SELECT 1 FROM wa_creds WHERE device_id = ?').get(deviceId) !== undefined;
}

export function readKeys(
  db: Database,
  deviceId: number,
  type: string,
  ids: string[],
): { id: string; value: string }[] {
  if (!ids.length) return [];
  const placeholders = ids.map(() => '?').join(',');
  return cached(
    db,
    `SELECT id, value FROM wa_keys WHERE device_id = ? AND type = ? AND id IN (${placeholders})`,
  ).all(deviceId, type, ...ids) as { id: string; value: string }[];
}

export function prepareKeyWriters(db: Database) {
  return {
    upsert: cached(
      db,
      `INSERT INTO wa_keys (device_id, type, id, value) VALUES (?, ?, ?, ?)
       ON CONFLICT(device_id, type, id) DO UPDATE SET value = excluded.value`,
    ),
    remove: cached(db, 'DELETE FROM wa_keys WHERE device_id = ? AND type = ? AND id = ?'),
  };
}

/** Logged out: the account is gone, so are its creds and keys (a new QR scan starts fresh). */
export function clearAuth(db: Database, deviceId: number): void {
  db.transaction(() => {
    cached(db, 'DELETE FROM wa_keys WHERE device_id = ?').run(deviceId);
    cached(db, 'DELETE FROM wa_creds WHERE device_id = ?').run(deviceId);
  })();
}
