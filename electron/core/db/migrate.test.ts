import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDatabase, tempDataDir } from '../../../test/support/temp-dir';
import { openDatabase } from './database';
import { loadMigrations, migrate, schemaVersion, type Migration } from './migrate';

const latest = () => loadMigrations().at(-1)!.version;

describe('migrations', () => {
  it('brings a fresh database to the latest version with WAL, foreign keys and busy_timeout', () => {
    const db = tempDatabase();
    expect(schemaVersion(db)).toBe(latest());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const strict = db
      .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1`)
      .all();
    expect(strict.map((row: any) => row.name)).toEqual(expect.arrayContaining(['settings', 'devices']));
    db.close();
  });

  it('is a no-op when run again', () => {
    const dir = tempDataDir();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    const before = db.prepare('SELECT name, sql FROM sqlite_schema ORDER BY name').all();
    expect(migrate(db)).toBe(latest());
    expect(db.prepare('SELECT name, sql FROM sqlite_schema ORDER BY name').all()).toEqual(before);
    db.close();
  });

  it('rolls back a failing migration and leaves user_version unchanged', () => {
    const db = new BetterSqlite3(':memory:');
    const migrations: Migration[] = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY) STRICT;' },
      {
        version: 2,
        name: 'broken',
        sql: 'CREATE TABLE b (id INTEGER) STRICT; INSERT INTO missing VALUES (1);',
      },
    ];
    expect(() => migrate(db, migrations)).toThrow(/no such table: missing/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'b'`).get()).toBeUndefined();
  });

  it('refuses a database written by a newer app version, without touching it', () => {
    const dir = tempDataDir();
    const raw = new BetterSqlite3(join(dir, 'wasender.sqlite'));
    raw.pragma(`user_version = ${latest() + 5}`);
    raw.exec('CREATE TABLE future (x TEXT) STRICT');
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/newer version of Wasender Desktop/);
    const check = new BetterSqlite3(join(dir, 'wasender.sqlite'));
    expect(check.pragma('user_version', { simple: true })).toBe(latest() + 5);
    expect(check.prepare(`SELECT name FROM sqlite_schema WHERE name = 'devices'`).get()).toBeUndefined();
    check.close();
  });

  it('rejects migration files that skip a number', () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'm', '001_a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, 'm', '003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(join(dir, 'm'))).toThrow(/out of sequence/);
  });

  it('001_init: device numbers are unique', () => {
    const db = tempDatabase();
    db.prepare('INSERT INTO devices (number) VALUES (?)').run('6281234567890');
    expect(() => db.prepare('INSERT INTO devices (number) VALUES (?)').run('6281234567890')).toThrow(
      /UNIQUE/,
    );
    expect(() =>
      db.prepare('INSERT INTO devices (number, name) VALUES (?, ?)').run('1', Buffer.from('x')),
    ).toThrow(/cannot store BLOB/);
    db.close();
  });
});
