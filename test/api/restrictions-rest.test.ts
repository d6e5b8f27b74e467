// REST sends of a number WhatsApp restricts (issue 18): a new chat during a timelock or at CAPPED answers 429 with
// Retry-After and the reason in `errors`, nothing goes out; chats that exist go on; /device-info shows the state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { callApi } from '../support/rest-client';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SENDER = '6281234567301';
const FAILED = 'Message failed to send!';

let emu: Emulator;
let core: Core;
let shop: Phone;
let friend: Phone;
let key: string;
let deviceId: number;
let receiver: WebhookReceiver;

function waitFor<T>(what: string, check: () => T | undefined | false | null, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const value = check();
      if (value) return resolve(value);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

const send = (number: string, message: string) =>
  callApi(core.api.url, '/send-message', { api_key: key, sender: SENDER, number, message });
const deviceInfo = async () =>
  (await callApi(core.api.url, '/device-info', { api_key: key, sender: SENDER })).body.device.restriction;
/** HH:MM of the computer's clock, as the user reads it, with the date when it is not today (an hour from 23:10). */
function clockText(at: number) {
  const d = new Date(at);
  const time = d.toTimeString().slice(0, 5);
  if (d.toDateString() === new Date().toDateString()) return time;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${time}`;
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  emu = await startEmulator();
  friend = emu.createPhone('6281234567302', 'Langganan');
  emu.createPhone('6281234567303', 'Baru');
  emu.createPhone('6281234567304', 'Baru juga');
  core = await startCoreAgainst(emu, { restrictionTimings: { marginMs: 1000 }, webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
    phone: shop,
  } = await linkDeviceByQr(core, emu, SENDER, 'Toko'));
  key = core.settings.get().apiKey;
  await friend.sendText(shop.jid, 'Kak, pesanan saya kapan dikirim?');
  await waitFor('the customer in the inbox', () => !core.restrictions.isNewChat(deviceId, friend.number));
}, 60_000);
afterAll(async () => {
  await core?.close();
  expect(emu.faults.errors).toEqual([]);
  await emu?.close();
  await receiver?.close();
});

describe('REST sends under WhatsApp restrictions', () => {
  it('counts new chats and shows no restriction before any', async () => {
    const sent = await send('6281234567303', 'Halo, ada promo');
    expect(sent.status).toBe(200);
    await send(friend.number, 'Besok dikirim kak');
    expect(await deviceInfo()).toEqual({ timelockUntil: null, capStage: 'NONE', newChatsToday: 1 });
  });

  it('a new chat during a timelock: 429, Retry-After, the reason in errors, nothing sent; existing chats go on', async () => {
    shop.restrictions.apply({ timelockSeconds: 600 });
    const until = await waitFor(
      'the timelock in core',
      () => core.restrictions.state(deviceId).timelockUntil,
    );
    const before = Date.now();
    const blocked = await send('6281234567304', 'Halo, ada promo');
    const after = Date.now();
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(Math.ceil((until - after) / 1000));
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil((until - before) / 1000));
    expect(blocked.body).toEqual({
      status: false,
      msg: FAILED,
      message: FAILED,
      errors: `This number is temporarily blocked by WhatsApp from starting new chats until ${clockText(until)}. Sending more makes it worse.`,
    });
    expect(emu.getPhone('6281234567304')!.messages).toEqual([]);
    expect(shop.restrictions.describe().refused).toBe(0);

    const existing = await send(friend.number, 'Paketnya sudah di kurir');
    expect(existing.status).toBe(200);
    expect(existing.body.status).toBe(true);
    await friend.waitForMessage((m) => m.text === 'Paketnya sudah di kurir');

    // Several numbers: the existing chat goes out, the new one says why it did not.
    const mixed = await send(`${friend.number}|6281234567304`, 'Info stok');
    expect(mixed.body.results).toEqual([
      { number: friend.number, status: true, id: expect.any(String) },
      { number: '6281234567304', status: false, msg: FAILED, errors: blocked.body.errors },
    ]);

    expect(await deviceInfo()).toEqual({
      timelockUntil: new Date(until).toISOString(),
      capStage: 'NONE',
      newChatsToday: 1,
    });
  });

  it('after the lift new chats go out again and are counted', async () => {
    shop.restrictions.apply({ timelockSeconds: 0 });
    await waitFor('the lift in core', () => core.restrictions.state(deviceId).timelockUntil === null);
    const sent = await send('6281234567304', 'Halo, ada promo');
    expect(sent.status).toBe(200);
    await emu.getPhone('6281234567304')!.waitForMessage((m) => m.text === 'Halo, ada promo');
    expect(await deviceInfo()).toEqual({ timelockUntil: null, capStage: 'NONE', newChatsToday: 2 });
  });

  it('CAPPED: a new chat answers 429 with the cap reason; /device-info shows the stage', async () => {
    shop.restrictions.apply({ capStage: 'CAPPED' });
    await waitFor('CAPPED in core', () => core.restrictions.state(deviceId).capStage === 'CAPPED');
    const before = Date.now();
    const blocked = await send('6281234567399', 'Halo');
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3590);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(blocked.body).toEqual({
      status: false,
      msg: FAILED,
      message: FAILED,
      errors: `This number has used up the new chats WhatsApp allows it for now; new chats wait until ${clockText(before + 3600_000)}. Sending more makes it worse.`,
    });
    expect(await deviceInfo()).toEqual({ timelockUntil: null, capStage: 'CAPPED', newChatsToday: 2 });
    shop.restrictions.apply({ reset: true });
  });

  it('the device_restriction webhook is opt-in and carries the new state', async () => {
    expect(receiver.received.filter((hook) => hook.body.event === 'device_restriction')).toEqual([]);
    await core.rpc.invoke('webhooks.setSettings', { events: { deviceRestriction: true } });
    shop.restrictions.apply({ timelockSeconds: 120, enforcementType: 'BIZ_QUALITY' });
    const hook = await receiver.waitFor(
      (h) => h.body.event === 'device_restriction' && h.body.timelockUntil !== null,
    );
    const until = core.restrictions.state(deviceId).timelockUntil!;
    expect(hook.body).toEqual({
      event: 'device_restriction',
      device: SENDER,
      timelockUntil: new Date(until).toISOString(),
      resumeAt: new Date(until + 1000).toISOString(),
      capStage: 'NONE',
      newChatsToday: 2,
      health: 'restricted',
      timestamp: expect.any(Number),
    });
    shop.restrictions.apply({ reset: true });
    const lifted = await receiver.waitFor(
      (h) => h.body.event === 'device_restriction' && h.body.timelockUntil === null,
    );
    expect(lifted.body).toMatchObject({ health: 'warning', capStage: 'NONE' });
  });
});
