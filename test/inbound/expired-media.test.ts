// A photo whose copy on WhatsApp's CDN expired before the app fetched it: the phone uploads it again (Baileys
// updateMediaMessage, answered by the emulator's media-retry.ts) and the webhook and inbox get it like any photo.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { buildImage } from '../emulator/inbound-content';
import { startEmulator, type Emulator } from '../emulator/index';
import { Phone } from '../emulator/phone';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const DEVICE = '6281234567161';
const me = `${DEVICE}@s.whatsapp.net`;
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;
let alice: Phone;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, DEVICE));
  alice = emu.createPhone('6281234567162', 'Alice');
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

/** Alice sends a photo whose CDN copy is already gone (and, with onPhone false, gone from her phone too). */
async function sendExpiredPhoto(photo: Buffer, onPhone = true) {
  const message = await buildImage(emu.context.media, {
    data: photo,
    caption: 'foto lama',
    mimetype: 'image/jpeg',
  });
  const id = Phone.newMessageId();
  expect(emu.mediaRetries.expire(message, { messageId: id, onPhone })).toBe(true);
  await alice.sendMessage(me, message, { id });
  return id;
}

async function listed(waId: string) {
  await core.inbound.settled();
  const row = findMessageByWaId(core.db, deviceId, waId)!;
  const { messages } = await core.rpc.invoke('inbox.messages', { chatId: row.chatId, limit: 10 });
  return messages.find((m) => m.waId === waId)!;
}

describe('received media whose URL expired', () => {
  it('gets the photo through the phone re-upload: webhook bufferImage, inbox picture and file', async () => {
    const photo = randomBytes(3000);
    const id = await sendExpiredPhoto(photo);
    const hook = await receiver.waitFor((h) => h.body.id === id);
    expect(hook.body).toMatchObject({ type: 'image', message: 'foto lama', mimetype: 'image/jpeg' });
    expect(Buffer.from(hook.body.bufferImage, 'base64').equals(photo)).toBe(true);
    const message = await listed(id);
    expect(message).toMatchObject({ type: 'image', hasMedia: true });
    expect(message.thumbnail).toBe(`data:image/jpeg;base64,${photo.toString('base64')}`);
    const file = await core.rpc.invoke('inbox.media', { messageId: message.id });
    expect(Buffer.from(file.dataUrl.split(',')[1], 'base64').equals(photo)).toBe(true);
    // One request: the inbox opened the file from the new address the re-upload gave.
    expect(emu.mediaRetries.stats()).toEqual({ requests: 1, reuploaded: 1, notOnPhone: 0 });
  });

  it('keeps a photo the phone no longer has, without picture, and says the file is not available', async () => {
    const id = await sendExpiredPhoto(randomBytes(1500), false);
    const hook = await receiver.waitFor((h) => h.body.id === id);
    expect(hook.body).toMatchObject({ type: 'image', message: 'foto lama', bufferImage: null });
    const message = await listed(id);
    expect(message).toMatchObject({ type: 'image', hasMedia: true, thumbnail: null });
    await expect(core.rpc.invoke('inbox.media', { messageId: message.id })).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('no longer available'),
    });
    expect(emu.mediaRetries.stats()).toEqual({ requests: 3, reuploaded: 1, notOnPhone: 2 });
    expect(emu.faults.errors).toEqual([]);
  });
});
