// Opens the app's single SQLite file with the pragmas every connection needs, then migrates it.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate';

export type { Database };
export const DB_FILE = 'wasender.sqlite';

/**
 * The data folder holds the WhatsApp keys, the API key and the webhook secret: only the user may enter it
 * (0700) or read the database (0600), on Linux and macOS; Windows keeps its per-user ACLs on %APPDATA%.
 * Folders and files from older versions are tightened at every start.
 */
function restrictDataFolder(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const file = join(dataDir, DB_FILE);
  // Created before SQLite opens it, so it never exists with wider rights; SQLite gives -wal and -shm the
  // database file's own permissions (sqlite3 os_unix.c findCreateFileMode).
  closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
  return file;
}

export function openDatabase(dataDir: string): Database {
  const db = new BetterSqlite3(restrictDataFolder(dataDir));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
