// The secret box: sealed values hide their plaintext, name their key, open with it (or an older one), and an
// altered value or one under a foreign key reads as unreadable instead of throwing.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { attachSecretBox, openSecret, sealSecret } from './db-secrets';
import { createSecretBox, isSealed, keyIdOf, SEALED_PREFIX } from './secret-box';

describe('secret box', () => {
  it('seals with a fresh nonce each time and opens again', () => {
    const box = createSecretBox(randomBytes(32));
    const a = box.seal('whsec_abc');
    const b = box.seal('whsec_abc');
    expect(a.startsWith(`${SEALED_PREFIX}${box.keyId}:`)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('whsec_abc');
    expect(box.open(a)).toBe('whsec_abc');
  });

  it('an altered value or a foreign key is unreadable, an older key still opens', () => {
    const oldKey = randomBytes(32);
    const sealed = createSecretBox(oldKey).seal('creds');
    const head = sealed.slice(0, sealed.lastIndexOf(':') + 1);
    const raw = Buffer.from(sealed.slice(head.length), 'base64');
    raw[raw.length - 1] ^= 1; // one bit of the ciphertext
    expect(createSecretBox(oldKey).open(head + raw.toString('base64'))).toBeUndefined();
    expect(createSecretBox(randomBytes(32)).open(sealed)).toBeUndefined();
    expect(createSecretBox(randomBytes(32), [oldKey]).open(sealed)).toBe('creds');
    expect(keyIdOf(oldKey)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('per database: plaintext without a box, plaintext rows of older installs read as they are', () => {
    const db = tempDatabase();
    try {
      expect(sealSecret(db, 'plain')).toBe('plain');
      const sealedElsewhere = createSecretBox(randomBytes(32)).seal('x');
      expect(openSecret(db, sealedElsewhere)).toBeUndefined();
      attachSecretBox(db, createSecretBox(randomBytes(32)));
      expect(isSealed(sealSecret(db, 'now sealed'))).toBe(true);
      expect(openSecret(db, sealSecret(db, 'now sealed'))).toBe('now sealed');
      expect(openSecret(db, 'an old plaintext row')).toBe('an old plaintext row');
    } finally {
      db.close();
    }
  });
});
