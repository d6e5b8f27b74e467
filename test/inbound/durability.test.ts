// Durable webhooks: a receiver that is down gets every delivery once it is back; a kill -9 loses nothing.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { tempDataDir } from '../support/temp-core';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';

const root = new URL('../..', import.meta.url).pathname;
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

describe('durable webhook deliveries', () => {
  it('retries while the receiver is down and delivers every message once it is up, none lost', async () => {
    const DEVICE = '6281234567121';
    receiver.respond(() => ({ status: 503 }));
    const core = await startCoreAgainst(emu, {
      webhookUrl: receiver.url,
      webhookRetry: { baseDelayMs: 40, maxDelayMs: 200 },
    });
    try {
      await linkDeviceByQr(core, emu, DEVICE);
      const carol = emu.createPhone('6281234567122', 'Carol');
      const ids: string[] = [];
      for (let i = 0; i < 20; i++)
        ids.push((await carol.sendText(`${DEVICE}@s.whatsapp.net`, `pesanan ${i}`)).id);
      await core.inbound.settled();
      // Every delivery has failed at least twice against the 503s before the receiver recovers.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const { deliveries } = await core.rpc.invoke('webhooks.deliveries', { limit: 50 });
        if (deliveries.length === 20 && deliveries.every((d) => d.attempts >= 2 && d.state !== 'delivered'))
          break;
        if (Date.now() > deadline)
          throw new Error(
            `deliveries never all retried: ${JSON.stringify(deliveries.map((d) => [d.state, d.attempts]))}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(receiver.received).toHaveLength(0);
      receiver.respond(() => ({ status: 200 }));
      for (const id of ids) await receiver.waitFor((hook) => hook.body.id === id);
      await core.webhooks.queue.whenIdle();
      const got = receiver.received.filter((hook) => ids.includes(hook.body.id));
      // At-least-once: a duplicate may only repeat the same delivery (same id header).
      expect(new Set(got.map((hook) => hook.body.id)).size).toBe(20);
      const perDelivery = new Map<string, Set<string>>();
      for (const hook of got)
        (perDelivery.get(hook.body.id) ?? perDelivery.set(hook.body.id, new Set()).get(hook.body.id)!).add(
          String(hook.headers['x-wasender-delivery']),
        );
      expect([...perDelivery.values()].every((set) => set.size === 1)).toBe(true);
      const { counts, deliveries } = await core.rpc.invoke('webhooks.deliveries', { limit: 50 });
      expect(counts).toMatchObject({ delivered: 20, failed: 0, pending: 0 });
      expect(deliveries[0]).toMatchObject({ state: 'delivered', responseCode: 200, event: 'message' });
    } finally {
      await core.close();
      receiver.respond(() => ({ status: 200 }));
    }
  });

  it('delivers a message stored just before a kill -9 after the restart', { timeout: 90_000 }, async () => {
    const DEVICE = '6281234567131';
    const dataDir = tempDataDir();
    const setup = await startCoreAgainst(emu, { dataDir });
    await linkDeviceByQr(setup, emu, DEVICE);
    await setup.close();
    const dave = emu.createPhone('6281234567132', 'Dave');
    receiver.respond(() => ({ status: 500 })); // stored, but not delivered while the child lives

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/inbound/fixtures/inbound-child.ts',
        dataDir,
        emu.waUrl,
        emu.caCertPath,
        receiver.url,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const waitOutput = (pattern: RegExp, timeoutMs = 30_000) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`child never printed ${pattern}: ${output.slice(-800)}`)),
          timeoutMs,
        );
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            clearTimeout(timer);
            resolve(match);
          }
        };
        child.stdout.on('data', (chunk) => {
          output += chunk;
          check();
        });
        check();
      });
    await waitOutput(/OPEN/);
    const { id } = await dave.sendText(`${DEVICE}@s.whatsapp.net`, 'tolong kirim invoice');
    await waitOutput(new RegExp(`STORED ${id}`));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(receiver.received.some((hook) => hook.body.id === id)).toBe(false);

    receiver.respond(() => ({ status: 200 }));
    const core = await startCoreAgainst(emu, { dataDir, webhookRetry: { baseDelayMs: 50 } });
    try {
      const hook = await receiver.waitFor((h) => h.body.id === id, 20_000);
      expect(hook.body).toMatchObject({ message: 'tolong kirim invoice', from: dave.number, device: DEVICE });
      await waitForSession(core, 1, (s) => s.status === 'open');
    } finally {
      await core.close();
    }
  });

  it('gives up after the deadline, then replays every failed delivery to the URL set now', async () => {
    const DEVICE = '6281234567171';
    receiver.respond(() => ({ status: 500 }));
    const core = await startCoreAgainst(emu, {
      webhookUrl: receiver.url,
      webhookRetry: { baseDelayMs: 30, maxDelayMs: 60, giveUpAfterMs: 300 },
    });
    const fixed = await startWebhookReceiver();
    try {
      await linkDeviceByQr(core, emu, DEVICE);
      const fajar = emu.createPhone('6281234567172', 'Fajar');
      const ids = [];
      for (let i = 0; i < 3; i++)
        ids.push((await fajar.sendText(`${DEVICE}@s.whatsapp.net`, `gagal ${i}`)).id);
      await expect
        .poll(async () => (await core.rpc.invoke('webhooks.deliveries', {})).counts.failed, {
          timeout: 10_000,
        })
        .toBe(3);
      const { deliveries } = await core.rpc.invoke('webhooks.deliveries', { state: 'failed' });
      expect(deliveries[0]).toMatchObject({ responseCode: 500, error: 'HTTP 500' });
      expect(deliveries[0].attempts).toBeGreaterThan(1);

      await core.rpc.invoke('webhooks.setSettings', { defaultUrl: fixed.url });
      expect(await core.rpc.invoke('webhooks.replayAllFailed')).toEqual({ replayed: 3 });
      for (const id of ids) await fixed.waitFor((hook) => hook.body.id === id);
      await expect
        .poll(async () => (await core.rpc.invoke('webhooks.deliveries', {})).counts)
        .toMatchObject({ failed: 0, delivered: 3 });
    } finally {
      await core.close();
      await fixed.close();
      receiver.respond(() => ({ status: 200 }));
    }
  });
});
