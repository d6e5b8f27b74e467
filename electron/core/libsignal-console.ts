// libsignal (Baileys' Signal implementation) prints straight to the console: "Closing session: SessionEntry {…}"
// with the whole session object — keys included — on every re-key, many lines each time. Those calls are
// caught here and become one debug line without the object, so neither the terminal nor the log holds them.
import type { Logger } from './logger';

/** The messages libsignal 6 prints itself (node_modules/libsignal/src/session_record.js, session_builder.js, session_cipher.js). */
const LIBSIGNAL_PREFIXES = [
  'Closing session',
  'Opening session',
  'Removing old closed session',
  'Session already closed',
  'Session already open',
  'Migrating session to',
  'Closing open session in favor of incoming prekey bundle',
  'Closing stale open session',
  'Decrypted message with closed session',
];

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

export const isLibsignalNoise = (first: unknown): boolean =>
  typeof first === 'string' && LIBSIGNAL_PREFIXES.some((prefix) => first.startsWith(prefix));

let target: Pick<Logger, 'debug'> | null = null;
let installed = false;

/**
 * Routes libsignal's console lines to `logger.debug` (message only). Installed once per process; a later core
 * (tests start several) takes over as the target. Everything else printed to the console is left alone.
 */
export function quietLibsignalConsole(logger: Pick<Logger, 'debug'>): void {
  target = logger;
  if (installed) return;
  installed = true;
  for (const method of METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      if (!isLibsignalNoise(args[0])) return original(...args);
      target?.debug({ source: 'libsignal' }, String(args[0]).replace(/:\s*$/, ''));
    };
  }
}
