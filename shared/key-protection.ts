// How the WhatsApp keys and secrets in the database are protected (Settings → Security says it in words).
import { z } from 'zod';

export const keyProtectionSchema = z.object({
  /**
   * keychain: sealed, the key wrapped by the OS keychain (Electron safeStorage); key_file: sealed, the key in a
   * file only the user can read (no keychain: headless, Linux without a secret service); none: not sealed.
   */
  level: z.enum(['keychain', 'key_file', 'none']),
  /** Linux's safeStorage backend (gnome_libsecret, kwallet6, …); null elsewhere. */
  backend: z.string().nullable(),
  /** At this start the stored key could not be unwrapped: a new one was made, devices must be linked again. */
  lostKey: z.boolean(),
  keyFile: z.string().nullable(),
});
export type KeyProtection = z.infer<typeof keyProtectionSchema>;
