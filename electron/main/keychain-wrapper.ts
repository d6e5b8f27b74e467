// The OS keychain through Electron safeStorage (macOS Keychain, Windows DPAPI, Linux secret service) as core's
// KeyWrapper. No electron import here: keystore.ts passes the real safeStorage, tests a fake of the same shape.
import type { KeyWrapper } from '../core/secrets/keystore';

export type SafeStorageLike = Pick<
  Electron.SafeStorage,
  'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
>;

/**
 * The keychain, or null when there is none worth the name. Linux without a secret service selects
 * `basic_text`: Chromium then encrypts with a hard-coded password, which protects nothing, so like Signal
 * Desktop (signalapp/Signal-Desktop app/main.ts, getSQLKey: `safeStorageBackend !== 'basic_text'`) we treat
 * it as no keychain and say so in Settings. Call it after app ready (the backend is `unknown` before).
 * The async API: the sync one is deprecated since Electron 45 (its buffers decrypt with the async one).
 */
export async function keychainWrapper(
  storage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyWrapper | null> {
  if (!(await storage.isAsyncEncryptionAvailable())) return null;
  const backend = platform === 'linux' ? storage.getSelectedStorageBackend() : null;
  if (backend === 'basic_text') return null;
  return {
    backend,
    wrap: (key) => storage.encryptStringAsync(key.toString('hex')),
    async unwrap(wrapped) {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(wrapped);
      if (!/^[0-9a-f]{64}$/.test(result))
        throw new Error('the keychain returned something that is not a data key');
      return { key: Buffer.from(result, 'hex'), stale: shouldReEncrypt };
    },
  };
}
