// The desktop data key (fake Electron safeStorage, real files): created wrapped by the keychain and reused,
// the basic_text fallback and its migration, and a key the keychain can no longer unwrap (kept, replaced).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDataDir } from '../../test/support/temp-dir';
import { DB_FILE } from '../core/db/database';
import { createLogger } from '../core/logger';
import { KEYSTORE_FILE, loadDataKeys } from '../core/secrets/keystore';
import { keychainWrapper } from './keychain-wrapper';
import { loadDesktopDataKeys } from './keystore';
import { desktopAppOptions } from './testing/test-app';
import { startDesktopApp } from './lifecycle';
import { fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
const storage = electron.safeStorage;
beforeEach(() => electron.reset());

const readKeystore = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, KEYSTORE_FILE), 'utf8'));
/** As on Linux, whatever this machine is: the backend decides there. */
const loadOnLinux = async (dataDir: string) =>
  loadDataKeys({ dataDir, wrapper: await keychainWrapper(storage, 'linux') });

describe('desktop keystore', () => {
  it('creates a random key wrapped by the keychain (file 0600, no plaintext key) and reuses it', async () => {
    const dataDir = tempDataDir();
    const first = await loadDesktopDataKeys(dataDir);
    expect(first.key).toHaveLength(32);
    expect(first.protection).toMatchObject({ level: 'keychain', lostKey: false });
    const path = join(dataDir, KEYSTORE_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    const stored = JSON.parse(text);
    expect(stored.key).toBeUndefined();
    expect(stored.encryptedKey).toMatch(/^[0-9a-f]+$/);
    expect(text).not.toContain(first.key.toString('hex'));
    expect(text).not.toContain(first.key.toString('base64'));

    const encryptsBefore = storage.calls.encrypt;
    const again = await loadDesktopDataKeys(dataDir);
    expect(again.key.equals(first.key)).toBe(true);
    expect(again.olderKeys).toEqual([]);
    expect(storage.calls.encrypt).toBe(encryptsBefore); // unwrapped, not wrapped anew
    expect(readKeystore(dataDir).encryptedKey).toBe(stored.encryptedKey);
  });

  it('Linux basic_text: keeps the key in the file and says so; wraps it once a secret service is there', async () => {
    const dataDir = tempDataDir();
    storage.backend = 'basic_text';
    const fallback = await loadOnLinux(dataDir);
    expect(fallback.protection).toMatchObject({ level: 'key_file', backend: null, lostKey: false });
    expect(readKeystore(dataDir)).toEqual({ version: 1, key: fallback.key.toString('hex') });
    expect(storage.calls.encrypt).toBe(0); // the hard-coded password of basic_text protects nothing

    storage.backend = 'gnome_libsecret';
    const migrated = await loadOnLinux(dataDir);
    expect(migrated.key.equals(fallback.key)).toBe(true);
    expect(migrated.protection).toMatchObject({ level: 'keychain', backend: 'gnome_libsecret' });
    const stored = readKeystore(dataDir);
    expect(stored.key).toBeUndefined();
    expect(stored.safeStorageBackend).toBe('gnome_libsecret');
  });

  it('no encryption available at all: the key file fallback', async () => {
    storage.available = false;
    const keys = await loadOnLinux(tempDataDir());
    expect(keys.protection.level).toBe('key_file');
  });

  it('a key the keychain cannot unwrap is kept, a new one made; it opens again when the keychain is back', async () => {
    const dataDir = tempDataDir();
    const original = await loadOnLinux(dataDir);
    const wrapped = readKeystore(dataDir).encryptedKey;

    // The keyring is locked or not running at this start: no keychain, the wrapped key cannot be opened.
    storage.available = false;
    const meanwhile = await loadOnLinux(dataDir);
    expect(meanwhile.protection).toMatchObject({ level: 'key_file', lostKey: true });
    expect(meanwhile.key.equals(original.key)).toBe(false);
    expect(readKeystore(dataDir).previousKeys).toEqual([
      expect.objectContaining({ encryptedKey: wrapped, safeStorageBackend: 'gnome_libsecret' }),
    ]);

    // Back: the new key gets wrapped, the original one opens the values sealed before.
    storage.available = true;
    const back = await loadOnLinux(dataDir);
    expect(back.key.equals(meanwhile.key)).toBe(true);
    expect(back.olderKeys.map((key) => key.toString('hex'))).toEqual([original.key.toString('hex')]);
    expect(back.protection).toMatchObject({ level: 'keychain', lostKey: false });

    // A reset keychain (or the folder copied to another user): nothing opens, nothing is thrown or deleted.
    storage.resetKeychain();
    const reset = await loadOnLinux(dataDir);
    expect(reset.protection.lostKey).toBe(true);
    expect(reset.olderKeys).toEqual([]);
    expect(readKeystore(dataDir).previousKeys).toHaveLength(2);
  });

  it('a damaged keystore file is set aside, not fatal', async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, KEYSTORE_FILE), '{not json');
    const keys = await loadOnLinux(dataDir);
    expect(keys.protection.lostKey).toBe(true);
    expect(readKeystore(dataDir).encryptedKey).toMatch(/^[0-9a-f]+$/);
  });

  it('the fake keychain behaves like safeStorage: no plaintext in its output, foreign buffers fail', async () => {
    const encrypted = await storage.encryptStringAsync('secret-data-key');
    expect(encrypted.includes(Buffer.from('secret-data-key'))).toBe(false);
    expect((await storage.decryptStringAsync(encrypted)).result).toBe('secret-data-key');
    storage.resetKeychain();
    await expect(storage.decryptStringAsync(encrypted)).rejects.toThrow(/decrypting/);
  });
});

describe('the desktop app', () => {
  const start = (dataDir: string) =>
    startDesktopApp(desktopAppOptions(dataDir, { logger: createLogger('silent') }));
  const quit = async () => {
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
  };
  const storedApiKey = (dataDir: string) => {
    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    try {
      return (db.prepare("SELECT value FROM settings WHERE key = 'apiKey'").get() as { value: string }).value;
    } finally {
      db.close();
    }
  };

  it('starts core with the keychain-wrapped key, and still starts when the keychain lost it', async () => {
    const dataDir = tempDataDir();
    const first = (await start(dataDir))!;
    expect((await first.core.rpc.invoke('app.info')).keyProtection).toMatchObject({
      level: 'keychain',
      lostKey: false,
    });
    const apiKey = first.core.settings.get().apiKey;
    await quit();
    expect(storedApiKey(dataDir)).toMatch(/^enc:v1:/);
    expect(storedApiKey(dataDir)).not.toContain(apiKey);

    electron.reset();
    storage.resetKeychain();
    const second = (await start(dataDir))!;
    try {
      expect((await second.core.rpc.invoke('app.info')).keyProtection).toMatchObject({ lostKey: true });
      expect(second.window()).not.toBeNull();
      expect(second.core.settings.get().apiKey).not.toBe(apiKey); // renewed, so the API serves
      expect(second.core.api.listening).toBe(true);
    } finally {
      await quit();
    }
  });
});
