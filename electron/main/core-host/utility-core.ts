// Starts core in an Electron utilityProcess: the desktop app's default (lifecycle.ts).
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import type { CoreOptions } from '../../core/app';
import { createLogger } from '../../core/logger';
import { startCoreProcess, type RemoteCore } from './remote-core';

/** Built as core-process.js beside the main bundle; from source (tests) the .ts file, run through tsx. */
export function coreEntryPath(here = import.meta.url): string {
  return fileURLToPath(new URL(here.endsWith('.ts') ? './core-process.ts' : './core-process.js', here));
}

export function startUtilityCore({ logger = createLogger(), ...options }: CoreOptions): Promise<RemoteCore> {
  return startCoreProcess({
    spawn: () => utilityProcess.fork(coreEntryPath(), [], { serviceName: 'Wasender core', stdio: 'inherit' }),
    options: { ...options, logLevel: logger.level },
    logger,
  });
}
