// A kill -9 after Baileys saved the Signal session step that decrypted a message, before the app kept the message
// (the rare loss of offline-queue.test.ts, issue 20). WhatsApp has no receipt for it, so it delivers the message
// again at the next login (test/emulator/linked-device.ts), but its message key is spent: libsignal throws "Key
// used already or never filled" (its comment: "This can happen if the user restarts before the server gets an
// ACK", libsignal/src/session_cipher.js), Baileys NACKs it with ParsingError and no retry receipt, and the message
// never reaches the inbox. whatsmeow saves the plaintext in the decrypting transaction for this (bufferedDecrypt,
// message.go); our Baileys patch decrypt-once does the same (patches/README.md).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { DB_FILE } from '../../electron/core/db/database';
import { answeredIds, nackedIds } from '../emulator/nack-holdback';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { tempDataDir } from '../support/temp-core';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';
import { spawnInboundChild } from './fixtures/spawn-inbound-child';

let emu: Emulator;
let receiver: WebhookReceiver;
beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await emu?.close();
});

/** Starts the child app that kills itself when it is about to journal a message from `sender`. */
function startDyingChild(dataDir: string, sender: string) {
  const child = spawnInboundChild({
    dataDir,
    waUrl: emu.waUrl,
    caCertPath: emu.caCertPath,
    webhookUrl: receiver.url,
    env: { INBOUND_CHILD_DIE_AT_JOURNAL: sender },
  });
  let output = '';
  const opened = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('OPEN')) resolve();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', () => reject(new Error(`child exited before OPEN: ${output.slice(-800)}`)));
  });
  // It should die by its own SIGKILL; one that never does is stopped with SIGTERM, which the test then reports.
  const stop = setTimeout(() => child.kill('SIGTERM'), 30_000);
  const died = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => {
      clearTimeout(stop);
      resolve(signal);
    }),
  );
  return { opened, died, output: () => output };
}

describe('a message whose decryption was saved but not the message', () => {
  it('arrives in the inbox once after the crash, and nothing stays NACKed', { timeout: 60_000 }, async () => {
    const DEVICE = '6281234568501';
    const dataDir = tempDataDir();
    const setup = await startCoreAgainst(emu, { dataDir });
    const { device } = await linkDeviceByQr(setup, emu, DEVICE);
    await setup.close();
    const writer = emu.createPhone('6281234568502', 'Rina');
    const [linked] = [...emu.getPhone(DEVICE)!.devices.values()];
    await expect.poll(() => linked.connection === undefined || linked.connection.closed).toBe(true);

    const child = startDyingChild(dataDir, writer.number);
    await child.opened;
    const first = await writer.sendText(`${DEVICE}@s.whatsapp.net`, 'stok kopi masih ada?');
    expect(await child.died, child.output().slice(-800)).toBe('SIGKILL');
    const second = await writer.sendText(`${DEVICE}@s.whatsapp.net`, 'kalau ada saya pesan 2');

    const baileysErrors: string[] = [];
    const core = await startCoreAgainst(emu, {
      dataDir,
      logger: pino({ level: 'error' }, { write: (line: string) => baileysErrors.push(line) }),
    });
    try {
      await waitForSession(core, device.id, (s) => s.status === 'open');
      const inbox = () =>
        core.db.prepare('SELECT wa_id AS id, body FROM messages WHERE from_me = 0 ORDER BY id').all() as {
          id: string;
          body: string;
        }[];
      await expect
        .poll(() => inbox().length, { timeout: 15_000 })
        .toBeGreaterThanOrEqual(2)
        .catch((error: unknown) => {
          console.log(
            `decrypt-once: Baileys said ${baileysErrors.filter((l) => l.includes(first.id)).join('\n')}`,
          );
          throw error;
        });
      expect(inbox()).toHaveLength(2);
      expect(inbox()).toEqual(
        expect.arrayContaining([
          { id: first.id, body: 'stok kopi masih ada?' },
          { id: second.id, body: 'kalau ada saya pesan 2' },
        ]),
      );
      expect(nackedIds(linked)).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it(
    'a group message (sender key and its distribution) arrives once after the crash too',
    { timeout: 60_000 },
    async () => {
      // Without the saved copies the spent keys failed here too; the phone answered the retry receipt, so the
      // message arrived, but the device had NACKed the first delivery, which WhatsApp then keeps pending and
      // streams alone at every login, holding back the rest (nack-holdback.ts).
      const DEVICE = '6281234568521';
      const dataDir = tempDataDir();
      const setup = await startCoreAgainst(emu, { dataDir });
      const { device } = await linkDeviceByQr(setup, emu, DEVICE);
      await setup.close();
      const writer = emu.createPhone('6281234568522', 'Sari');
      emu.createPhone('6281234568523', 'Tono');
      const group = await emu.createGroup(
        'Pelanggan',
        [DEVICE, writer.number, '6281234568523'],
        writer.number,
      );
      const [linked] = [...emu.getPhone(DEVICE)!.devices.values()];
      await expect.poll(() => linked.connection === undefined || linked.connection.closed).toBe(true);

      const child = startDyingChild(dataDir, writer.number);
      await child.opened;
      const first = await writer.sendText(group.jid, 'grup: stok kopi masih ada?');
      expect(await child.died, child.output().slice(-800)).toBe('SIGKILL');

      const core = await startCoreAgainst(emu, { dataDir });
      try {
        await waitForSession(core, device.id, (s) => s.status === 'open');
        const inbox = () =>
          core.db.prepare('SELECT wa_id AS id, body FROM messages WHERE from_me = 0').all() as {
            id: string;
            body: string;
          }[];
        await expect.poll(() => inbox().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
        expect(inbox()).toEqual([{ id: first.id, body: 'grup: stok kopi masih ada?' }]);
        expect(nackedIds(linked)).toEqual([]);
      } finally {
        await core.close();
      }
    },
  );

  it(
    'is acked when its saved copy is gone too, so later logins are not held back',
    { timeout: 60_000 },
    async () => {
      // The spent key cannot decrypt it, ever: NACKing it made WhatsApp stream only it at every login and hold back
      // the rest of the queue (nack-holdback.ts, Baileys PR #2779). whatsmeow ignores such a message and answers it
      // (signalerror.ErrOldCounter in message.go). Lost it is, either way: the app crashed before keeping it, and
      // its saved copy is gone (older than the 14 days, or from before the saving).
      const DEVICE = '6281234568511';
      const dataDir = tempDataDir();
      const setup = await startCoreAgainst(emu, { dataDir });
      const { device } = await linkDeviceByQr(setup, emu, DEVICE);
      await setup.close();
      const writer = emu.createPhone('6281234568512', 'Joko');
      const [linked] = [...emu.getPhone(DEVICE)!.devices.values()];
      const offline = () => linked.connection === undefined || linked.connection.closed;
      await expect.poll(offline).toBe(true);

      const child = startDyingChild(dataDir, writer.number);
      await child.opened;
      const lost = await writer.sendText(`${DEVICE}@s.whatsapp.net`, 'pesan yang hilang');
      expect(await child.died, child.output().slice(-800)).toBe('SIGKILL');
      const db = new Database(join(dataDir, DB_FILE));
      db.prepare(`DELETE FROM wa_keys WHERE type = 'decrypted-message'`).run();
      db.close();

      let core = await startCoreAgainst(emu, { dataDir });
      await waitForSession(core, device.id, (s) => s.status === 'open');
      await expect.poll(() => answeredIds(linked).includes(lost.id)).toBe(true);
      await core.close();
      await expect.poll(offline).toBe(true);
      await writer.sendText(`${DEVICE}@s.whatsapp.net`, 'halo, masih buka?');

      core = await startCoreAgainst(emu, { dataDir });
      try {
        const bodies = () =>
          core.db.prepare('SELECT body FROM messages WHERE from_me = 0').pluck().all() as string[];
        await expect.poll(bodies, { timeout: 15_000 }).toContain('halo, masih buka?');
        expect(bodies()).toEqual(['halo, masih buka?']);
        expect(nackedIds(linked)).toEqual([]);
      } finally {
        await core.close();
      }
    },
  );
});
