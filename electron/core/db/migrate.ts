// Numbered migrations (NNN_name.sql), each applied in one transaction and recorded in user_version.
// Files are not checksummed: an applied migration is never read again, so editing one changes only new databases.
// Only its comments may be corrected; any change to the schema is a new file (tested in migrations-upgrade.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// In the build the .sql files are copied beside the bundle (electron.vite.config.ts), in source they sit here.
const defaultDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir: string = defaultDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file, index) => {
      const version = Number(file.slice(0, 3));
      if (version !== index + 1)
        throw new Error(`Migration ${file} is out of sequence (expected ${index + 1})`);
      return { version, name: file.slice(4, -4), sql: readFileSync(`${dir}/${file}`, 'utf8') };
    });
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database to the latest version; refuses a database written by a newer app. */
export function migrate(db: Database, migrations: Migration[] = loadMigrations()): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'conflict',
      `This data folder was created by a newer version of Wasender Desktop (database version ${current}, ` +
        `this app knows up to ${latest}). Update the app, or start it with another data folder.`,
    );
  }
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
