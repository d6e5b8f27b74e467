// Where the data key lives: keystore.json (0600) beside the database, never inside it. With a key wrapper
// (the desktop app: Electron safeStorage, i.e. the OS keychain) only the wrapped key is stored; without one
// (headless, or Linux without a secret service) the key itself, protected by the folder's permissions only.
// Modelled on Signal Desktop (signalapp/Signal-Desktop app/main.ts, getSQLKey): a random key, `encryptedKey`
// when safeStorage can protect it, a plaintext `key` only as fallback, migrated to `encryptedKey` as soon as
// the keychain works. Unlike Signal, a key that can no longer be unwrapped (keychain reset, folder copied to
// another user or computer) does not stop the app: the wrapped key is kept (it may open again once the
// keychain is back), a new key is made, and the devices whose WhatsApp keys cannot be read ask to be linked again.
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { KeyProtection } from '../../../shared/key-protection';
import { DATA_KEY_BYTES } from './secret-box';

export const KEYSTORE_FILE = 'keystore.json';
/** Old wrapped keys kept for a keychain that may come back; beyond this many the oldest go (a bounded file). */
const KEEP_PREVIOUS_KEYS = 10;

/** The OS keychain as the desktop shell offers it (electron/main/keystore.ts over safeStorage). */
export interface KeyWrapper {
  /** e.g. Linux's `gnome_libsecret`, `kwallet6`; null where the OS has one keychain. */
  backend: string | null;
  wrap(key: Buffer): Promise<Buffer>;
  /**
   * Rejects when the keychain cannot unwrap it (another user, a reset keychain). `stale`: the keychain rotated
   * its key, wrap it again (safeStorage's shouldReEncrypt).
   */
  unwrap(wrapped: Buffer): Promise<{ key: Buffer; stale: boolean }>;
}

interface StoredKey {
  encryptedKey: string;
  safeStorageBackend?: string | null;
}

interface KeystoreFile {
  version: 1;
  /** The data key wrapped by the OS keychain (hex), as Signal's `encryptedKey`. */
  encryptedKey?: string;
  safeStorageBackend?: string | null;
  /** The data key itself (hex): only when no keychain protects it. */
  key?: string;
  /** Wrapped keys that could not be unwrapped at some start; tried again at every start (the last 10 kept). */
  previousKeys?: (StoredKey & { replacedAt: string })[];
}

export interface DataKeys {
  /** Seals everything written from now on. */
  key: Buffer;
  /** Only open values sealed before the key was replaced (their keychain is back). */
  olderKeys: Buffer[];
  protection: KeyProtection;
}

/** A damaged file is moved aside (kept for a person to look at), like a missing one it gives a new key. */
function readKeystore(path: string): { file: KeystoreFile | null; damaged: boolean } {
  if (!existsSync(path)) return { file: null, damaged: false };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeystoreFile;
    if (parsed && typeof parsed === 'object') return { file: parsed, damaged: false };
  } catch {
    // falls through
  }
  renameSync(path, `${path}.damaged-${Date.now()}`);
  return { file: null, damaged: true };
}

/**
 * Written whole to a temporary file, flushed, and renamed over the old one: a crash or power cut leaves the old
 * or the new file, never an empty one (losing it would lose every linked device).
 */
function writeKeystore(path: string, file: KeystoreFile): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

async function tryUnwrap(
  wrapper: KeyWrapper | null,
  stored: StoredKey,
): Promise<{ key: Buffer; stale: boolean } | undefined> {
  if (!wrapper) return undefined;
  try {
    const unwrapped = await wrapper.unwrap(Buffer.from(stored.encryptedKey, 'hex'));
    return unwrapped.key.length === DATA_KEY_BYTES ? unwrapped : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads or creates the data key. `path` defaults to `<dataDir>/keystore.json` (headless: --data-key-file).
 * Never throws for a key it cannot unwrap; it throws only when the file cannot be read or written at all.
 */
export async function loadDataKeys(options: {
  dataDir: string;
  wrapper: KeyWrapper | null;
  path?: string;
}): Promise<DataKeys> {
  const { wrapper } = options;
  const path = options.path ?? join(options.dataDir, KEYSTORE_FILE);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const { file: stored, damaged } = readKeystore(path);
  const file: KeystoreFile = { version: 1, previousKeys: stored?.previousKeys ?? [] };
  let key: Buffer | undefined;
  let lostKey = damaged;
  if (stored?.encryptedKey) {
    const unwrapped = await tryUnwrap(wrapper, stored as StoredKey);
    key = unwrapped?.key;
    // Unwrapped: kept as it is (wrapping anew at every start would only rewrite the file).
    if (unwrapped && !unwrapped.stale) file.encryptedKey = stored.encryptedKey;
    if (!unwrapped) {
      lostKey = true;
      file.previousKeys!.push({
        encryptedKey: stored.encryptedKey,
        safeStorageBackend: stored.safeStorageBackend ?? null,
        replacedAt: new Date().toISOString(),
      });
    }
  } else if (stored?.key && /^[0-9a-f]{64}$/.test(stored.key)) {
    key = Buffer.from(stored.key, 'hex');
  }
  const olderKeys: Buffer[] = [];
  for (const previous of file.previousKeys!) {
    const unwrapped = await tryUnwrap(wrapper, previous);
    if (unwrapped) olderKeys.push(unwrapped.key);
  }
  key ??= randomBytes(DATA_KEY_BYTES);
  if (wrapper) {
    // A plaintext `key` of a start without keychain is wrapped now and dropped, as Signal's "migrating key".
    file.encryptedKey ??= (await wrapper.wrap(key)).toString('hex');
    file.safeStorageBackend = wrapper.backend;
  } else {
    file.key = key.toString('hex');
  }
  file.previousKeys = file.previousKeys!.slice(-KEEP_PREVIOUS_KEYS);
  if (!file.previousKeys.length) delete file.previousKeys;
  writeKeystore(path, file);
  return {
    key,
    olderKeys,
    protection: {
      level: wrapper ? 'keychain' : 'key_file',
      backend: wrapper?.backend ?? null,
      lostKey,
      keyFile: path,
    },
  };
}
