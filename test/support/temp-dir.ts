// Test helper: a fresh temp data dir, and a migrated SQLite database in one (without starting the app).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/database';

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'wa-'));

export const tempDatabase = () => openDatabase(tempDataDir());
