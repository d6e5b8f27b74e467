// Defended: replaying a recorded webhook delivery (the V2 signature covers `timestamp.deliveryId.body`, sent with
// X-Wasender-Timestamp), and a receiver's answer making the app message any number (a reply goes to the chat
// that triggered it unless the device allows others). Legitimate: the old body-only signature is still sent,
// and a reply to the same chat — also written as a local number — arrives; with the option on, others too.
// Real parts: the WhatsApp emulator, Baileys over its socket, a local HTTP receiver.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const DEVICE = '6281234567190';
const me = `${DEVICE}@s.whatsapp.net`;
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;
let deviceId: number;
let alice: Phone;
let bob: Phone;
const hmac = (secret: string, text: string) =>
  `sha256=${createHmac('sha256', secret).update(text).digest('hex')}`;

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, DEVICE));
  alice = emu.createPhone('6281234567191', 'Alice');
  bob = emu.createPhone('6281234567192', 'Bob');
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

/** Waits until the device's own later message reaches the phone: anything sent before it has arrived too. */
async function flushTo(phone: Phone, text: string) {
  await core.send.one({
    from: DEVICE,
    to: `${phone.number}@s.whatsapp.net`,
    message: { kind: 'text', text },
  });
  await phone.waitForMessage((m) => m.text === text);
}

describe('webhook signatures', () => {
  it('signs timestamp.deliveryId.body in X-Wasender-Signature-V2 and keeps the body-only X-Wasender-Signature', async () => {
    const { id } = await alice.sendText(me, 'cek tanda tangan');
    const hook = await receiver.waitFor((h) => h.body?.id === id);
    const { secret, signatureHeader } = await core.rpc.invoke('webhooks.settings');
    expect(signatureHeader).toBe('X-Wasender-Signature-V2');
    const timestamp = Number(hook.headers['x-wasender-timestamp']);
    expect(Math.abs(Date.now() / 1000 - timestamp)).toBeLessThan(60);
    const delivery = String(hook.headers['x-wasender-delivery']);
    expect(delivery).toMatch(/^\d+$/);
    expect(hook.headers['x-wasender-signature-v2']).toBe(
      hmac(secret, `${timestamp}.${delivery}.${hook.raw}`),
    );
    expect(hook.headers['x-wasender-signature']).toBe(hmac(secret, hook.raw));
    // What a replay changes: an old timestamp or another delivery id no longer matches the V2 signature.
    expect(hook.headers['x-wasender-signature-v2']).not.toBe(
      hmac(secret, `${timestamp - 600}.${delivery}.${hook.raw}`),
    );
  });
});

describe('webhook replies', () => {
  it('sends a reply to the triggering chat, also when the answer names it as a local number', async () => {
    receiver.respond((hook) => ({
      status: 200,
      body: hook.body.message === 'halo toko' ? { message: 'Halo Alice!', number: '0812-3456-7191' } : {},
    }));
    await alice.sendText(me, 'halo toko');
    await alice.waitForMessage((m) => m.text === 'Halo Alice!');
  });

  it('ignores a reply to another number unless the device allows it', async () => {
    receiver.respond((hook) => ({
      status: 200,
      body: hook.body.message?.startsWith('teruskan')
        ? { message: `untuk Bob: ${hook.body.message}`, number: bob.number }
        : {},
    }));
    const { id } = await alice.sendText(me, 'teruskan 1');
    await receiver.waitFor((h) => h.body?.id === id);
    await flushTo(bob, 'penanda 1');
    expect(bob.messages.some((m) => m.text === 'untuk Bob: teruskan 1')).toBe(false);
    expect(alice.messages.some((m) => m.text === 'untuk Bob: teruskan 1')).toBe(false);

    const device = await core.rpc.invoke('devices.setWebhook', {
      id: deviceId,
      url: null,
      repliesElsewhere: true,
    });
    expect(device.webhookRepliesElsewhere).toBe(true);
    await alice.sendText(me, 'teruskan 2');
    await bob.waitForMessage((m) => m.text === 'untuk Bob: teruskan 2');
    receiver.respond(() => ({ status: 200 }));
  });
});
