// First start with a data key on a database of an older version: every secret still in plaintext is sealed in
// one transaction (all or nothing, a crash halfway leaves the old rows), then the file is rebuilt so the old
// plaintext does not linger in freed pages or in the -wal file.
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
  const count = sealAll();
  if (count > 0) {
    // VACUUM writes every page anew (freed ones dropped); the checkpoints empty the -wal file, which still
    // held page images with the old plaintext.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  return count;
}
