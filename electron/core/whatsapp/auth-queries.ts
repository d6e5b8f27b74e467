// SQL of the Baileys auth state: one creds row and many signal key rows per device, sealed with the database's
// data key (secrets/db-secrets.ts) when core has one.
import { cached } from '../db/statements';
import { openSecret, sealSecret } from '../secrets/db-secrets';
import type { Database } from 'better-sqlite3';

function readStoredCreds(db: Database, deviceId: number): string | undefined {
  const row = cached(db, 'SELECT creds FROM wa_creds WHERE device_id = ?').get(deviceId) as
    { creds: string } | undefined;
  return row?.creds;
}

/** The creds JSON; undefined when there are none or they were sealed under a key this start does not have. */
export function readCreds(db: Database, deviceId: number): string | undefined {
  const stored = readStoredCreds(db, deviceId);
  return stored === undefined ? undefined : openSecret(db, stored);
}

/** Linked once, but its creds cannot be read with this start's key: the device must be linked again. */
export function hasUnreadableCreds(db: Database, deviceId: number): boolean {
  const stored = readStoredCreds(db, deviceId);
  return stored !== undefined && openSecret(db, stored) === undefined;
}

export function writeCreds(db: Database, deviceId: number, creds: string): void {
  cached(
    db,
    `INSERT INTO wa_creds (device_id, creds) VALUES (?, ?)
     ON CONFLICT(device_id) DO UPDATE SET creds = excluded.creds, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(deviceId, sealSecret(db, creds));
}

/** Linked: creds this start can read (unreadable ones count as not linked, see hasUnreadableCreds). */
export function hasCreds(db: Database, deviceId: number): boolean {
  return readCreds(db, deviceId) !== undefined;
}

export function readKeys(
  db: Database,
  deviceId: number,
  type: string,
  ids: string[],
): { id: string; value: string }[] {
  if (!ids.length) return [];
  const placeholders = ids.map(() => '?').join(',');
  const rows = cached(
    db,
    `SELECT id, value FROM wa_keys WHERE device_id = ? AND type = ? AND id IN (${placeholders})`,
  ).all(deviceId, type, ...ids) as { id: string; value: string }[];
  // A key sealed under a lost data key is as good as missing (Baileys then fetches or renegotiates it).
  return rows.flatMap((row) => {
    const value = openSecret(db, row.value);
    return value === undefined ? [] : [{ id: row.id, value }];
  });
}

export function prepareKeyWriters(db: Database) {
  const upsert = cached(
    db,
    `INSERT INTO wa_keys (device_id, type, id, value) VALUES (?, ?, ?, ?)
     ON CONFLICT(device_id, type, id) DO UPDATE SET value = excluded.value`,
  );
  const remove = cached(db, 'DELETE FROM wa_keys WHERE device_id = ? AND type = ? AND id = ?');
  return {
    upsert: (deviceId: number, type: string, id: string, value: string) =>
      void upsert.run(deviceId, type, id, sealSecret(db, value)),
    remove: (deviceId: number, type: string, id: string) => void remove.run(deviceId, type, id),
  };
}

/** WhatsApp redelivers a message whose receipt a crash cut off at the next login; whatsmeow keeps its decrypted
 * copies 14 days, "the WhatsApp servers only buffer events for 14 days" (store/sqlstore/store.go). */
export const DECRYPTED_RETENTION_MS = 14 * 86_400_000;

// A saved plaintext of a received message (patch decrypt-once) is the key `<ciphertext hash>@<saved at, ms>`: the
// time stays readable beside the sealed value for the prune. '@' is not in base64 and ':' sorts after the digits.
const decryptedRange = (hash: string) => [`${hash}@`, `${hash}@:`];

export function readDecrypted(
  db: Database,
  deviceId: number,
  hashes: string[],
): { id: string; value: string }[] {
  const select = cached(
    db,
    `SELECT value FROM wa_keys WHERE device_id = ? AND type = 'decrypted-message' AND id > ? AND id < ? LIMIT 1`,
  );
  return hashes.flatMap((hash) => {
    const row = select.get(deviceId, ...decryptedRange(hash)) as { value: string } | undefined;
    const value = row && openSecret(db, row.value);
    return value === undefined ? [] : [{ id: hash, value }];
  });
}

/** In the caller's transaction (auth-state.ts writeAll); null removes it. */
export function writeDecrypted(
  db: Database,
  deviceId: number,
  hash: string,
  value: string | null,
  at: number,
) {
  cached(
    db,
    `DELETE FROM wa_keys WHERE device_id = ? AND type = 'decrypted-message' AND id > ? AND id < ?`,
  ).run(deviceId, ...decryptedRange(hash));
  if (value === null) return;
  cached(db, `INSERT INTO wa_keys (device_id, type, id, value) VALUES (?, 'decrypted-message', ?, ?)`).run(
    deviceId,
    `${hash}@${at}`,
    sealSecret(db, value),
  );
}

/** Drops saved plaintexts of received messages older than `before` (ms); run by the hourly job (sent-prune.ts). */
export function pruneDecryptedMessages(db: Database, before: number): number {
  return cached(
    db,
    // device_id IN (…) lets SQLite walk the primary key (device_id, type, id) instead of the whole table
    `DELETE FROM wa_keys WHERE device_id IN (SELECT id FROM devices) AND type = 'decrypted-message'
       AND CAST(substr(id, instr(id, '@') + 1) AS INTEGER) < ?`,
  ).run(before).changes;
}

/** Logged out: the account is gone, so are its creds and keys (a new QR scan starts fresh). */
export function clearAuth(db: Database, deviceId: number): void {
  db.transaction(() => {
    cached(db, 'DELETE FROM wa_keys WHERE device_id = ?').run(deviceId);
    cached(db, 'DELETE FROM wa_creds WHERE device_id = ?').run(deviceId);
  })();
}
