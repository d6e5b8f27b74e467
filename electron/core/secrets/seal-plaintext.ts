// First start with a data key on a database of an older version: every secret still in plaintext is sealed in
// one transaction (all or nothing, a crash halfway leaves the old rows), with SQLite's secure_delete on so the
// old plaintext does not linger in freed space, then the -wal file is emptied.
import type { Database } from 'better-sqlite3';
import { SEALED_PREFIX, type SecretBox } from './secret-box';

const notSealed = `NOT LIKE '${SEALED_PREFIX}%'`;

/** Each sealed column: how to find its plaintext rows and how to write one back, by its key columns. */
const sealedColumns = [
  {
    select: `SELECT device_id AS k1, creds AS value FROM wa_creds WHERE creds ${notSealed}`,
    update: 'UPDATE wa_creds SET creds = @value WHERE device_id = @k1',
  },
  {
    select: `SELECT device_id AS k1, type AS k2, id AS k3, value FROM wa_keys WHERE value ${notSealed}`,
    update: 'UPDATE wa_keys SET value = @value WHERE device_id = @k1 AND type = @k2 AND id = @k3',
  },
  {
    select: `SELECT key AS k1, value FROM settings WHERE key = 'apiKey' AND value ${notSealed}`,
    update: 'UPDATE settings SET value = @value WHERE key = @k1',
  },
  {
    select: `SELECT id AS k1, secret AS value FROM webhook_config WHERE secret ${notSealed}`,
    update: 'UPDATE webhook_config SET secret = @value WHERE id = @k1',
  },
  {
    select: `SELECT id AS k1, api_key AS value FROM ai_config WHERE api_key <> '' AND api_key ${notSealed}`,
    update: 'UPDATE ai_config SET api_key = @value WHERE id = @k1',
  },
];

type Row = { k1: unknown; k2?: unknown; k3?: unknown; value: string };

/** Returns how many values were sealed (0 on every start after the first). */
export function sealPlaintextSecrets(db: Database, box: SecretBox): number {
  // secure_delete zeroes the space each old value leaves (a sealed value is longer, so most rows move within
  // their page or to a new one). It replaced a VACUUM, which rewrote the whole file: about 11 s per GB of inbox on
  // the main thread before the API listened, where this costs what the secrets weigh (a few MB).
  const secureDelete = db.pragma('secure_delete', { simple: true });
  db.pragma('secure_delete = ON');
  const sealAll = db.transaction(() => {
    let count = 0;
    for (const column of sealedColumns) {
      const update = db.prepare(column.update);
      for (const row of db.prepare(column.select).all() as Row[]) {
        update.run({ ...row, value: box.seal(row.value) });
        count++;
      }
    }
    return count;
  });
  let count: number;
  try {
    count = sealAll();
  } finally {
    db.pragma(`secure_delete = ${Number(secureDelete)}`);
  }
  // The -wal file may still hold page images with the old plaintext: the checkpoint copies the sealed pages
  // into the database and truncates it.
  if (count > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return count;
}
