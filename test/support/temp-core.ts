// Test helper: a real core (SQLite file + Fastify on a free port) in a fresh temp data dir.
import { createCore, type CoreOptions } from '../../electron/core/app';
import { createLogger } from '../../electron/core/logger';
import { tempDataDir } from './temp-dir';

export { tempDataDir };

export function startTestCore(options: Partial<CoreOptions> = {}) {
  return createCore({ dataDir: tempDataDir(), apiPort: 0, logger: createLogger('silent'), ...options });
}
