// An older install's plaintext secrets sealed in place: the old values must not survive in the space SQLite
// frees when a row grows (a sealed value is longer than the plaintext), nor in the -wal file.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/temp-dir';
import { DB_FILE, openDatabase } from '../db/database';
import { attachSecretBox, openSecret } from './db-secrets';
import { sealPlaintextSecrets } from './seal-plaintext';
import { createSecretBox, isSealed } from './secret-box';

const API_KEY = 'old-plaintext-api-key-0123456789';

it('seals the plaintext rows and leaves none of the old bytes in the database or its -wal', () => {
  const dataDir = tempDataDir();
  const db = openDatabase(dataDir);
  // Neighbours on the same page, so the grown row moves and leaves its old cell behind as free space.
  const put = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  for (let i = 0; i < 40; i++) put.run(`a-setting-${i}`, `value ${i}`);
  put.run('apiKey', API_KEY);
  for (let i = 0; i < 40; i++) put.run(`z-setting-${i}`, `value ${i}`);
  db.pragma('wal_checkpoint(TRUNCATE)');

  const box = createSecretBox(randomBytes(32));
  attachSecretBox(db, box);
  expect(sealPlaintextSecrets(db, box)).toBeGreaterThanOrEqual(1);

  const stored = db.prepare(`SELECT value FROM settings WHERE key = 'apiKey'`).pluck().get() as string;
  expect(isSealed(stored)).toBe(true);
  expect(openSecret(db, stored)).toBe(API_KEY);
  expect(db.pragma('secure_delete', { simple: true })).toBe(0); // the connection's setting is put back
  const files = [DB_FILE, `${DB_FILE}-wal`].map((file) => join(dataDir, file)).filter(existsSync);
  const bytes = Buffer.concat(files.map((path) => readFileSync(path)));
  expect(bytes.includes(Buffer.from(API_KEY))).toBe(false);
  expect(sealPlaintextSecrets(db, box)).toBe(0); // nothing left on the next start
  db.close();
});
