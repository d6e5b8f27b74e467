// Defended: someone who copies wasender.sqlite (and its -wal) reads no WhatsApp key, API key, webhook secret or
// AI provider key: they are sealed with a data key that the OS keychain wraps (secrets/keystore.ts, Electron
// safeStorage; here its fake of the same shape, electron/main/testing/fake-safe-storage.ts). Legitimate: an
// older install's plaintext database is sealed at first start and keeps working; a linked device reconnects
// after a restart without a new QR; a key the keychain can no longer unwrap deletes nothing, the device says
// it must be linked again, and the API keeps serving. Real parts: SQLite files, Baileys against the emulator.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { DB_FILE } from '../../electron/core/db/database';
import { KEYSTORE_FILE, loadDataKeys } from '../../electron/core/secrets/keystore';
import { readCreds } from '../../electron/core/whatsapp/auth-queries';
import { keychainWrapper } from '../../electron/main/keychain-wrapper';
import { FakeSafeStorage } from '../../electron/main/testing/fake-safe-storage';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';
import { tempDataDir } from '../support/temp-dir';

const NUMBER = '6281234567201';
const AI_KEY = 'sk-test-ai-provider-key-0123456789';
let emu: Emulator;
const dataDir = tempDataDir();
const keychain = new FakeSafeStorage();
let deviceId: number;
/** What must never be readable in the database files: filled from the first (older version) run. */
const plaintexts: Record<string, string> = {};

const keysFromKeychain = async () =>
  loadDataKeys({ dataDir, wrapper: await keychainWrapper(keychain, 'linux') });
/** The raw bytes of the database and its -wal, as someone who copies the folder gets them. */
function databaseBytes(): Buffer {
  const files = [DB_FILE, `${DB_FILE}-wal`]
    .map((file) => join(dataDir, file))
    .filter((path) => existsSync(path));
  return Buffer.concat(files.map((path) => readFileSync(path)));
}
const readable = (bytes: Buffer) =>
  Object.entries(plaintexts)
    .filter(([, text]) => bytes.includes(Buffer.from(text)))
    .map(([name]) => name);
/** Every status of the device while `run` goes, to prove that no QR was shown. */
async function statusesDuring(core: Core, run: () => Promise<unknown>) {
  const seen: string[] = [];
  const off = core.events.on('device.state', (state) => seen.push(state.status));
  await run();
  off();
  return seen;
}

beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.close());

describe('secrets at rest', () => {
  it('an older plaintext database is sealed at first start; the device reconnects without a QR', async () => {
    // The version before this one: no data key, everything in plaintext.
    const old = await startCoreAgainst(emu, { dataDir });
    ({
      device: { id: deviceId },
    } = await linkDeviceByQr(old, emu, NUMBER));
    await old.rpc.invoke('ai.setSettings', { apiKey: AI_KEY });
    const creds = JSON.parse(readCreds(old.db, deviceId)!);
    Object.assign(plaintexts, {
      noiseKey: creds.noiseKey.private.data,
      identityKey: creds.signedIdentityKey.private.data,
      apiKey: old.settings.get().apiKey,
      webhookSecret: (await old.rpc.invoke('webhooks.settings')).secret,
      aiKey: AI_KEY,
    });
    expect(await old.rpc.invoke('app.info')).toMatchObject({ keyProtection: { level: 'none' } });
    await old.close();
    // The search works: the old file shows them all.
    expect(readable(databaseBytes())).toEqual(Object.keys(plaintexts));

    const core = await startCoreAgainst(emu, { dataDir, dataKeys: await keysFromKeychain() });
    try {
      // Sealed before anything else ran: the file as it is now shows nothing.
      expect(readable(databaseBytes())).toEqual([]);
      const statuses = await statusesDuring(core, () =>
        waitForSession(core, deviceId, (s) => s.status === 'open'),
      );
      expect(statuses).not.toContain('qr');
      expect(core.settings.get().apiKey).toBe(plaintexts.apiKey);
      expect((await core.rpc.invoke('webhooks.settings')).secret).toBe(plaintexts.webhookSecret);
      expect((await core.rpc.invoke('ai.settings')).apiKeyHint).toBe(`…${AI_KEY.slice(-4)}`);
      expect(await core.rpc.invoke('app.info')).toMatchObject({
        keyProtection: { level: 'keychain', backend: 'gnome_libsecret', lostKey: false },
      });
      // Running, with Baileys writing keys into the -wal: still nothing readable.
      expect(readable(databaseBytes())).toEqual([]);
    } finally {
      await core.close();
    }
    expect(readable(databaseBytes())).toEqual([]);
    const keystore = readFileSync(join(dataDir, KEYSTORE_FILE), 'utf8');
    expect(JSON.parse(keystore).key).toBeUndefined(); // only the wrapped key is on disk
  });

  it('sealed creds round-trip: a restart reconnects without a QR and the old API key still works', async () => {
    const core = await startCoreAgainst(emu, { dataDir, dataKeys: await keysFromKeychain() });
    try {
      const statuses = await statusesDuring(core, () =>
        waitForSession(core, deviceId, (s) => s.status === 'open'),
      );
      expect(statuses).not.toContain('qr');
      const answer = await fetch(`${core.api.url}/info-devices?api_key=${plaintexts.apiKey}`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({
        status: true,
        info: [{ body: NUMBER, status: 'Connected' }],
      });
    } finally {
      await core.close();
    }
  });

  it('a key the keychain cannot unwrap: nothing deleted, the device asks to be linked again, the API serves', async () => {
    keychain.resetKeychain(); // e.g. the folder copied to another user, or a reset keyring
    const core = await startCoreAgainst(emu, { dataDir, dataKeys: await keysFromKeychain() });
    try {
      const state = await waitForSession(core, deviceId, (s) => s.status === 'logged_out');
      expect(state.reason).toBe('keys_unreadable');
      const count = (table: string) =>
        (
          core.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE device_id = ?`).get(deviceId) as {
            n: number;
          }
        ).n;
      expect(count('wa_creds')).toBe(1);
      expect(count('wa_keys')).toBeGreaterThan(0);
      expect(await core.rpc.invoke('app.info')).toMatchObject({
        keyProtection: { level: 'keychain', lostKey: true },
      });
      expect(JSON.parse(readFileSync(join(dataDir, KEYSTORE_FILE), 'utf8')).previousKeys).toHaveLength(1);

      // The API serves with a new key (the old one was sealed under the lost key); the old one is refused.
      const apiKey = core.settings.get().apiKey;
      expect(apiKey).not.toBe(plaintexts.apiKey);
      const answer = await fetch(`${core.api.url}/info-devices?api_key=${apiKey}`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ info: [{ body: NUMBER, status: 'Disconnect' }] });
      expect((await fetch(`${core.api.url}/info-devices?api_key=${plaintexts.apiKey}`)).status).toBe(401);
      expect((await core.rpc.invoke('ai.settings')).apiKeySet).toBe(false);

      // Linking again works and replaces the unreadable keys.
      await core.rpc.invoke('sessions.connect', { id: deviceId });
      const withQr = await waitForSession(core, deviceId, (s) => !!s.qr);
      await emu.getPhone(NUMBER)!.scanQr(withQr.qr!);
      await waitForSession(core, deviceId, (s) => s.status === 'open');
    } finally {
      await core.close();
    }
  });
});
