// Stand-in for Electron's safeStorage that behaves like the real one where our keystore depends on it: what
// it encrypts does not contain the plaintext, a buffer from another keychain (a reset one, another user's)
// fails to decrypt, availability and the Linux backend can be switched. Like Chromium's `basic_text`, that
// backend still "encrypts", with a fixed password anyone can know (electronjs.org/docs/api/safe-storage).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';
const FIXED_BASIC_TEXT_KEY = createHash('sha256').update('peanuts').digest();

export class FakeSafeStorage {
  available = true;
  backend: Backend = 'gnome_libsecret';
  /** Set: the next decryptStringAsync answers shouldReEncrypt (the keychain rotated its key). */
  rotated = false;
  /** Fixed until reset, like a user's real keychain across app starts (test data folders may be reused). */
  private keychainSecret = createHash('sha256').update('the fake keychain of this user').digest();
  calls = { encrypt: 0, decrypt: 0 };

  /** A reset keychain, or the data folder opened by another user: older buffers no longer decrypt. */
  resetKeychain() {
    this.keychainSecret = randomBytes(32);
  }

  /** Between tests: available again, default backend. The keychain itself persists, as a real one does. */
  reset() {
    this.available = true;
    this.backend = 'gnome_libsecret';
    this.rotated = false;
    this.calls = { encrypt: 0, decrypt: 0 };
  }

  private key() {
    return this.backend === 'basic_text' ? FIXED_BASIC_TEXT_KEY : this.keychainSecret;
  }

  isEncryptionAvailable() {
    return this.available;
  }
  async isAsyncEncryptionAvailable() {
    return this.available;
  }
  getSelectedStorageBackend(): Backend {
    return this.backend;
  }

  encryptString(plainText: string): Buffer {
    if (!this.available)
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      );
    this.calls.encrypt++;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(), iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    // Chromium's OSCrypt prefixes its version ('v10', 'v11'); kept so a buffer looks like the real thing.
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  }

  decryptString(encrypted: Buffer): string {
    if (!this.available)
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
      );
    this.calls.decrypt++;
    try {
      if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('no version prefix');
      const decipher = createDecipheriv('aes-256-gcm', this.key(), encrypted.subarray(3, 15));
      decipher.setAuthTag(encrypted.subarray(15, 31));
      return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    return this.encryptString(plainText);
  }

  async decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    return { shouldReEncrypt: this.rotated, result: this.decryptString(encrypted) };
  }

  setUsePlainTextEncryption(_usePlainText: boolean) {}
}
