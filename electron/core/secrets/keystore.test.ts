// The data key without a keychain (headless `npm run serve`): a key file, 0600, at --data-key-file when given;
// a desktop keystore opened headless keeps the wrapped key for the desktop app to open again.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/temp-dir';
import { KEYSTORE_FILE, loadDataKeys } from './keystore';

describe('headless keystore', () => {
  it('keeps the key in --data-key-file (0600), not in the data folder, and reuses it', async () => {
    const dataDir = tempDataDir();
    const path = join(tempDataDir(), 'secrets', 'wasender.key.json');
    const first = await loadDataKeys({ dataDir, wrapper: null, path });
    expect(first.protection).toEqual({ level: 'key_file', backend: null, lostKey: false, keyFile: path });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dataDir, KEYSTORE_FILE))).toBe(false);
    const again = await loadDataKeys({ dataDir, wrapper: null, path });
    expect(again.key.equals(first.key)).toBe(true);
  });

  it("opening the desktop app's keystore headless keeps its wrapped key for the desktop app", async () => {
    const dataDir = tempDataDir();
    const path = join(dataDir, KEYSTORE_FILE);
    writeFileSync(path, JSON.stringify({ version: 1, encryptedKey: 'abcd', safeStorageBackend: 'kwallet6' }));
    const keys = await loadDataKeys({ dataDir, wrapper: null });
    expect(keys.protection.lostKey).toBe(true);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    expect(stored.key).toBe(keys.key.toString('hex'));
    expect(stored.previousKeys).toEqual([
      expect.objectContaining({ encryptedKey: 'abcd', safeStorageBackend: 'kwallet6' }),
    ]);
  });
});
