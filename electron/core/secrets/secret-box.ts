// Envelope encryption of single column values (WhatsApp keys, API key, webhook and AI secrets): AES-256-GCM
// under a random 32-byte data key that lives outside the database (keystore.ts), so a copied wasender.sqlite
// alone reveals none of them. We have no SQLCipher; Signal Desktop encrypts its whole database with such a
// random key instead (signalapp/Signal-Desktop app/main.ts, getSQLKey), the same idea per column.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Sealed values start with this, so plaintext rows of older installs are told apart (and sealed at start). */
export const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12; // the GCM standard nonce size: random per value, never reused under one key
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

export interface SecretBox {
  /** Short fingerprint of the current key, written into every sealed value. */
  readonly keyId: string;
  seal(text: string): string;
  /** The plaintext, or undefined when the value was sealed under a key this box does not hold (or was altered). */
  open(stored: string): string | undefined;
}

export const isSealed = (stored: string) => stored.startsWith(SEALED_PREFIX);

/**
 * A value names its key (8 hex of a hash, not the key), so a value sealed under a key that was lost is told
 * apart from a damaged one, and one sealed under an older key that came back opens with that key.
 */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('wasender-data-key').update(key).digest('hex').slice(0, 8);
}

/** `current` seals and opens; `older` keys only open (values sealed before a key was replaced). */
export function createSecretBox(current: Buffer, older: Buffer[] = []): SecretBox {
  for (const key of [current, ...older])
    if (key.length !== DATA_KEY_BYTES) throw new Error(`a data key has ${DATA_KEY_BYTES} bytes`);
  const keys = new Map([...older, current].map((key) => [keyIdOf(key), key]));
  const keyId = keyIdOf(current);
  return {
    keyId,
    seal(text) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${SEALED_PREFIX}${keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(stored) {
      const rest = stored.slice(SEALED_PREFIX.length);
      const key = keys.get(rest.slice(0, 8));
      if (!key || rest[8] !== ':') return undefined;
      const raw = Buffer.from(rest.slice(9), 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return undefined; // the tag does not match: altered, or a different key with the same id
      }
    },
  };
}
