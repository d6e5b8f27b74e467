// Test helper: a real core (SQLite file + Fastify on a free port) in a fresh temp data dir.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type CoreOptions } from '../../electron/core/app';
import { createLogger } from '../../electron/core/logger';

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'wa-'));

export function startTestCore(options: Partial<CoreOptions> = {}) {
  return createCore({ dataDir: tempDataDir(), apiPort: 0, logger: createLogger('silent'), ...options });
}
