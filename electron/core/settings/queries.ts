// SQL of the settings feature: a small key/value table.
import { cached } from '../db/statements';
import type { Database } from 'better-sqlite3';

export function readSettingRows(db: Database): Record<string, string> {
  const rows = cached(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export function writeSetting(db: Database, key: string, value: string): void {
  cached(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
