// Defended: another user of the computer copying the WhatsApp session, API key or webhook secret — the data
// folder is the user's only (0700) and the SQLite files (-wal, -shm too) are 0600, also when an older version
// left them readable. Legitimate: the app opens and uses the same database as before.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../../electron/core/db/database';
import { createSettingsStore } from '../../electron/core/settings/settings-store';
import { tempDataDir } from '../support/temp-dir';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('data folder permissions', () => {
  it('creates the folder 0700 and the database, -wal and -shm 0600', () => {
    const dataDir = join(tempDataDir(), 'fresh', 'Wasender Desktop');
    const db = openDatabase(dataDir);
    try {
      createSettingsStore(db).update({ language: 'en' }); // a write, so the WAL files exist
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`])
        expect(modeOf(join(dataDir, file)), file).toBe(0o600);
    } finally {
      db.close();
    }
  });

  it('tightens a folder and database an older version left world-readable, and keeps their data', () => {
    const dataDir = join(tempDataDir(), 'old');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const old = new BetterSqlite3(join(dataDir, DB_FILE));
    old.pragma('journal_mode = WAL');
    old.exec("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('still here')");
    old.close();
    chmodSync(join(dataDir, DB_FILE), 0o644);
    expect(modeOf(join(dataDir, DB_FILE))).toBe(0o644);

    const db = openDatabase(dataDir);
    try {
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(join(dataDir, DB_FILE))).toBe(0o600);
      expect(db.prepare('SELECT v FROM kept').get()).toEqual({ v: 'still here' });
      createSettingsStore(db).update({ language: 'en' });
      expect(modeOf(join(dataDir, `${DB_FILE}-wal`))).toBe(0o600);
    } finally {
      db.close();
    }
  });
});
