// A pino logger that drops everything, for Baileys helpers that insist on a logger.
import pino from 'pino';

export const silentLogger = pino({ level: 'silent' });

const LIBSIGNAL_NOISE =
  /^(Closing session|Opening session|Removing old closed session|Closing open session|Session already|Decrypted message with closed session|Migrating session)/;

/** libsignal prints session housekeeping via console.info/warn; drop just those lines. */
export function silenceLibsignalLogs() {
  for (const method of ['info', 'warn', 'log'] as const) {
    const original = console[method] as ((...args: unknown[]) => void) & { emulatorFiltered?: boolean };
    if (original.emulatorFiltered) continue;
    const filtered = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && LIBSIGNAL_NOISE.test(args[0])) return;
      original.apply(console, args);
    };
    (filtered as typeof original).emulatorFiltered = true;
    console[method] = filtered;
  }
}
