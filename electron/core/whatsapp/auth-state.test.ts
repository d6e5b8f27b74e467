// The SQLite key store under Baileys' own transaction layer, as makeWASocket wraps it.
import { randomBytes } from 'node:crypto';
import { addTransactionCapability } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { insertDevice } from '../devices/queries';
import { createLogger } from '../logger';
import { attachSecretBox } from '../secrets/db-secrets';
import { createSecretBox } from '../secrets/secret-box';
import { DECRYPTED_RETENTION_MS, pruneDecryptedMessages } from './auth-queries';
import { createSqliteKeyStore } from './auth-state';

function transactionalStore() {
  const db = tempDatabase();
  const device = insertDevice(db, '6281234567001', 'Toko');
  const raw = createSqliteKeyStore(db, device.id);
  const keys = addTransactionCapability(raw, createLogger('silent') as never, {
    maxCommitRetries: 1,
    delayBetweenTriesMs: 1,
  });
  return { raw, keys };
}

const token = (senderTimestamp: number) => ({ token: Buffer.alloc(0), senderTimestamp });

describe('SQLite key store inside Baileys transactions', () => {
  it('commits what the transaction wrote', async () => {
    const { raw, keys } = transactionalStore();
    await keys.transaction(async () => {
      await keys.set({ tctoken: { 'a@lid': token(1) } });
    }, 'a');
    expect(raw.get('tctoken', ['a@lid'])).toEqual({ 'a@lid': token(1) });
  });

  it('keeps writes that work started inside a transaction makes after it committed', async () => {
    // relayMessage starts the privacy-token issuance fire-and-forget inside its transaction; the write that
    // follows the server's answer used to land in the finished transaction's cache and never reach SQLite,
    // so Baileys asked WhatsApp for a token again on every message to the same contact.
    const { raw, keys } = transactionalStore();
    let later: Promise<void> | undefined;
    await keys.transaction(async () => {
      later = new Promise<void>((resolve) => setTimeout(resolve, 5)).then(async () => {
        await keys.set({ tctoken: { 'b@lid': token(2) } });
        await keys.transaction(async () => keys.set({ tctoken: { 'c@lid': token(3) } }), 'c');
      });
    }, 'b');
    await later;
    expect(raw.get('tctoken', ['b@lid', 'c@lid'])).toEqual({ 'b@lid': token(2), 'c@lid': token(3) });
    expect(keys.isInTransaction()).toBe(false);
  });

  it('reads a saved plaintext (patch decrypt-once) back as bytes, and the prune drops it after the retention', () => {
    const db = tempDatabase();
    attachSecretBox(db, createSecretBox(randomBytes(32))); // sealed at rest, as in the app
    const device = insertDevice(db, '6281234567001', 'Toko');
    let now = 1_700_000_000_000;
    const store = createSqliteKeyStore(db, device.id, () => now);
    store.set({ 'decrypted-message': { h1: Buffer.from('halo kak') } });
    now += DECRYPTED_RETENTION_MS;
    store.set({ 'decrypted-message': { h2: Buffer.from('pesan 2') } });
    expect(store.get('decrypted-message', ['h1', 'h2'])).toEqual({
      h1: Buffer.from('halo kak'),
      h2: Buffer.from('pesan 2'),
    });
    expect(pruneDecryptedMessages(db, now - DECRYPTED_RETENTION_MS)).toBe(0);
    expect(pruneDecryptedMessages(db, now - DECRYPTED_RETENTION_MS + 1)).toBe(1);
    expect(store.get('decrypted-message', ['h1', 'h2'])).toEqual({ h2: Buffer.from('pesan 2') });
    const stored = db.prepare(`SELECT value FROM wa_keys WHERE type = 'decrypted-message'`).pluck().all();
    expect(stored.some((value) => String(value).includes('pesan'))).toBe(false);
  });
});
