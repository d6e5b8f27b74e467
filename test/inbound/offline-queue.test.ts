// Messages that arrive while the app is off, and acks a crash cuts off (issue 20 item 6). WhatsApp (the emulator,
// linked-device.ts) keeps every message and receipt until the app acks it and redelivers it at the next login
// marked `offline`, which Baileys hands over as messages.upsert type 'append'. The app must treat those like any
// other incoming message: inbox once, webhook (with "offline": true), auto-replies unless too old.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { nackedIds } from '../emulator/nack-holdback';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { tempDataDir } from '../support/temp-core';
import { spawnInboundChild } from './fixtures/spawn-inbound-child';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';

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

/** Closes the app and waits until the emulator has seen its connection go (then phones' messages queue). */
async function closeApp(core: Core, number: string) {
  await core.close();
  await expect
    .poll(() =>
      emu
        .getPhone(number)!
        .toJSON()
        .devices.every((d) => !d.online),
    )
    .toBe(true);
}

/** Baileys' error lines (JSON) of every app run, shown for the ids a loss leaves missing. */
const baileysErrors: string[] = [];
const errorsAbout = (ids: string[]) => baileysErrors.filter((line) => ids.some((id) => line.includes(id)));

/** Runs the app in a child until `killWhen(storedCount)` says so, then kills its process group with SIGKILL. */
function runUntilKilled(dataDir: string, stored: Set<string>, killWhen: () => boolean) {
  return new Promise<string>((resolve, reject) => {
    const child = spawnInboundChild({
      dataDir,
      waUrl: emu.waUrl,
      caCertPath: emu.caCertPath,
      webhookUrl: receiver.url,
      detached: true,
    });
    let output = '';
    let open = false;
    const poll = setInterval(() => {
      if (!open || !killWhen()) return;
      clearInterval(poll);
      process.kill(-child.pid!, 'SIGKILL');
    }, 5);
    const timer = setTimeout(() => {
      clearInterval(poll);
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`child made no progress in time: ${output.slice(-800)}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      for (const match of String(chunk).matchAll(/STORED (\S+)/g)) stored.add(match[1]);
      if (output.includes('OPEN')) open = true;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(poll);
      baileysErrors.push(...output.split('\n').filter((line) => line.startsWith('{')));
      resolve(output);
    });
  });
}

describe('offline queue', () => {
  it(
    '5 phones × 200 messages while the app is killed twice: inbox once each, webhook at least once, campaign receipts arrive',
    { timeout: 180_000 },
    async () => {
      const DEVICE = '6281234568301';
      const PER_PHONE = 200;
      const writers = Array.from({ length: 5 }, (_, i) => emu.createPhone(`628123456831${i}`, `W${i}`));
      const customers = Array.from({ length: 20 }, (_, i) => {
        const phone = emu.createPhone(`62812345683${20 + i}`, `C${i}`);
        phone.sendReadReceipts = true;
        return phone;
      });
      const dataDir = tempDataDir();
      const setup = await startCoreAgainst(emu, { dataDir, webhookUrl: receiver.url });
      const { device } = await linkDeviceByQr(setup, emu, DEVICE);
      await setup.rpc.invoke('broadcasts.setGovernor', { warmupDays: 0, rateLimitPauseMin: 0 });
      const list = await setup.rpc.invoke('contacts.importText', {
        name: 'Offline',
        text: customers.map((p) => `0${p.number.slice(2)}`).join('\n'),
      });
      const campaign = await setup.rpc.invoke('broadcasts.create', {
        name: 'Offline',
        listId: list.list.id,
        content: { kind: 'text', text: 'Diskon akhir pekan' },
        deviceIds: [device.id],
        pacing: {
          minDelaySec: 0.05,
          maxDelaySec: 0.3,
          batchSize: 0,
          batchPauseMin: 0,
          dailyCapPerDevice: 0,
          window: null,
          startAt: null,
        },
        start: true,
      });
      await closeApp(setup, DEVICE); // the campaign stays running in the database; the children resume it

      const sent: string[] = [];
      const write = async (phone: Phone, w: number) => {
        for (let i = 0; i < PER_PHONE; i++)
          sent.push((await phone.sendText(`${DEVICE}@s.whatsapp.net`, `offq ${w}-${i}`)).id);
      };
      const stored = new Set<string>();
      const TOTAL = writers.length * PER_PHONE;
      let writing: Promise<unknown> | undefined;
      const first = runUntilKilled(dataDir, stored, () => {
        writing ??= Promise.all(writers.map(write)); // phones start writing once the app is up
        return stored.size >= TOTAL * 0.25;
      });
      expect(await first).toContain('OPEN');
      expect(await runUntilKilled(dataDir, stored, () => stored.size >= TOTAL * 0.6)).toContain('OPEN');
      await writing;
      expect(stored.size, 'the kills happened mid-stream').toBeLessThan(TOTAL);

      const core = await startCoreAgainst(emu, {
        dataDir,
        logger: pino({ level: 'error' }, { write: (line: string) => baileysErrors.push(line) }),
      });
      try {
        await waitForSession(core, device.id, (s) => s.status === 'open');
        const inbox = () =>
          core.db
            .prepare(`SELECT wa_id AS id FROM messages WHERE from_me = 0 AND body LIKE 'offq %'`)
            .all() as { id: string }[];
        await expect
          .poll(() => inbox().length, { timeout: 60_000 })
          .toBe(TOTAL)
          .catch((error: unknown) => {
            // A rare loss (once in CI, 999/1000): say which message and whether the server still holds it.
            const missing = whereIsMissing(emu, DEVICE, sent, inbox());
            console.log(`offline queue: missing ${JSON.stringify(missing)}`);
            console.log(`offline queue: Baileys said ${errorsAbout(missing.map((m) => m.id)).join('\n')}`);
            throw error;
          });
        expect(new Set(inbox().map((r) => r.id))).toEqual(new Set(sent));

        for (const id of sent) await receiver.waitFor((hook) => hook.body.id === id, 30_000);
        const hooks = receiver.received.filter((hook) => sent.includes(hook.body.id));
        const deliveriesPerId = new Map<string, Set<string>>();
        for (const hook of hooks) {
          const set = deliveriesPerId.get(hook.body.id) ?? new Set<string>();
          deliveriesPerId.set(hook.body.id, set.add(String(hook.headers['x-wasender-delivery'])));
        }
        expect([...deliveriesPerId.values()].filter((set) => set.size !== 1)).toEqual([]);
        expect(hooks.some((hook) => hook.body.offline === true)).toBe(true);

        await expect
          .poll(
            () => {
              const { counts } = core.broadcast.runner.progressOf(campaign.id);
              return counts.delivered + counts.read;
            },
            { timeout: 30_000 },
          )
          .toBe(customers.length);
        expect(emu.faults.errors).toEqual([]);
        const duplicates = hooks.length - deliveriesPerId.size;
        const saved = core.db
          .prepare(
            `SELECT count(*) AS n, sum(length(id) + length(value)) AS bytes FROM wa_keys WHERE type = ?`,
          )
          .get('decrypted-message') as { n: number; bytes: number };
        console.log(
          `offline queue: ${stored.size} stored before the last start, ${duplicates} webhook redeliveries, ` +
            `${saved.n} saved plaintexts (${saved.n ? Math.round(saved.bytes / saved.n) : 0} bytes each)`,
        );
      } finally {
        await core.close();
      }
    },
  );

  it('auto-replies answer what waited while the app was off, unless it waited longer than the setting', async () => {
    const DEVICE = '6281234568401';
    const dataDir = tempDataDir();
    let core = await startCoreAgainst(emu, { dataDir, webhookUrl: receiver.url });
    const { device } = await linkDeviceByQr(core, emu, DEVICE);
    const buyer = emu.createPhone('6281234568402', 'Buyer');
    for (const [pattern, reply] of [
      ['jam buka', 'Buka jam 8 sampai 17'],
      ['harga', 'Harga mulai 10rb'],
    ])
      await core.rpc.invoke('autoReplies.create', {
        deviceId: device.id,
        match: 'contains',
        pattern,
        reply,
        cooldownSeconds: 0,
      });
    await closeApp(core, DEVICE);
    const early = await buyer.sendText(`${DEVICE}@s.whatsapp.net`, 'jam buka besok?');
    core = await startCoreAgainst(emu, { dataDir });
    const hook = await receiver.waitFor((h) => h.body.id === early.id);
    expect(hook.body).toMatchObject({ message: 'jam buka besok?', from: buyer.number, offline: true });
    await buyer.waitForMessage((m) => m.text === 'Buka jam 8 sampai 17');

    // 0 hours: anything that waited in the queue is too old to answer; a live message still is.
    await core.rpc.invoke('settings.set', { offlineReplyMaxHours: 0 });
    await closeApp(core, DEVICE);
    const stale = await buyer.sendText(`${DEVICE}@s.whatsapp.net`, 'jam buka hari minggu?');
    core = await startCoreAgainst(emu, { dataDir });
    try {
      expect((await receiver.waitFor((h) => h.body.id === stale.id)).body.offline).toBe(true);
      await core.inbound.settled();
      const live = await buyer.sendText(`${DEVICE}@s.whatsapp.net`, 'harga sekarang?');
      expect((await receiver.waitFor((h) => h.body.id === live.id)).body.offline).toBe(false);
      // Replies to one chat go out in order: an answer to the stale question would arrive before this one.
      await buyer.waitForMessage((m) => m.text === 'Harga mulai 10rb');
      expect(buyer.messages.filter((m) => m.text === 'Buka jam 8 sampai 17')).toHaveLength(1);
    } finally {
      await core.close();
    }
  });
});

/** For each sent id not in the inbox: is it still in the emulator's queue or unacked on the live connection? */
function whereIsMissing(emu: Emulator, deviceNumber: string, sent: string[], inbox: { id: string }[]) {
  const have = new Set(inbox.map((r) => r.id));
  const devices = [...(emu.getPhone(deviceNumber)?.devices.values() ?? [])];
  return sent
    .filter((id) => !have.has(id))
    .map((id) => ({
      id,
      queued: devices.some((d) => d.pending.some((n) => n.attrs.id === id)),
      unacked: devices.some((d) =>
        [...(d.connection?.unacked.values() ?? [])].some((n) => n.attrs.id === id),
      ),
      online: devices.map((d) => !!d.connection && !d.connection.closed),
      nacked: devices.some((d) => nackedIds(d).includes(id)),
      retryReceipts: emu.phones
        .list()
        .flatMap((p) => p.receipts.filter((r) => r.id === id && r.type === 'retry')).length,
    }));
}
