// Emulated phones → the app → a real local HTTP receiver: the exact documented JSON for every kind, signed.
import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const DEVICE = '6281234567101';
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;
let alice: Phone;
let bob: Phone;
let deviceId: number;
const me = `${DEVICE}@s.whatsapp.net`;
async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const byId = (id: string) => (hook: { body: any }) => hook.body?.id === id;

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, {
    webhookUrl: receiver.url,
    webhookRetry: { baseDelayMs: 50, maxDelayMs: 300 },
  });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, DEVICE));
  alice = emu.createPhone('6281234567102', 'Alice');
  bob = emu.createPhone('6281234567103', 'Bob');
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

describe('incoming messages → webhook', () => {
  it('posts a text as {"message","from","bufferImage","participant"} plus extra fields, signed', async () => {
    const { id } = await alice.sendText(me, 'Halo, apa kabar?');
    const hook = await receiver.waitFor(byId(id));
    expect(hook.body).toEqual({
      message: 'Halo, apa kabar?',
      from: alice.number,
      bufferImage: null,
      participant: null,
      sender: alice.number,
      event: 'message',
      name: 'Alice',
      id,
      device: DEVICE,
      type: 'text',
      timestamp: expect.any(Number),
      isGroup: false,
      mimetype: null,
      fileName: null,
      selectedId: null,
      lid: alice.lidJid,
      quotedId: null,
      offline: false,
    });
    const { secret } = await core.rpc.invoke('webhooks.settings');
    const expected = `sha256=${createHmac('sha256', secret).update(hook.raw).digest('hex')}`;
    expect(hook.headers['x-wasender-signature']).toBe(expected);
    expect(hook.headers['x-wasender-event']).toBe('message');
  });

  it('sends the image itself as base64 in bufferImage, with the caption as message', async () => {
    const photo = randomBytes(4000);
    const { id } = await alice.sendImage(me, { data: photo, caption: 'foto produk', mimetype: 'image/jpeg' });
    const hook = await receiver.waitFor(byId(id));
    expect(hook.body).toMatchObject({
      message: 'foto produk',
      from: alice.number,
      participant: null,
      type: 'image',
      mimetype: 'image/jpeg',
    });
    expect(Buffer.from(hook.body.bufferImage, 'base64').equals(photo)).toBe(true);
  });

  it('posts a document with its file name and mimetype, bufferImage null', async () => {
    const { id } = await alice.sendDocument(me, {
      data: Buffer.from('invoice'),
      fileName: 'invoice.pdf',
      mimetype: 'application/pdf',
      caption: 'tagihan',
    });
    const hook = await receiver.waitFor(byId(id));
    expect(hook.body).toMatchObject({
      message: 'tagihan',
      from: alice.number,
      bufferImage: null,
      participant: null,
      type: 'document',
      mimetype: 'application/pdf',
      fileName: 'invoice.pdf',
    });
  });

  it('posts a group message with the group as from and the member as participant', async () => {
    const group = await emu.createGroup('Toko Sembako', [alice.number, bob.number, DEVICE], alice.number);
    const { id } = await bob.sendText(group.jid, 'stok beras ada?');
    const hook = await receiver.waitFor(byId(id));
    expect(hook.body).toMatchObject({
      message: 'stok beras ada?',
      from: group.jid,
      participant: bob.number,
      bufferImage: null,
      isGroup: true,
      name: 'Bob',
    });
  });

  it('posts button and list replies with the chosen text as message and its id', async () => {
    const button = await alice.sendButtonReply(me, { id: 'btn-2', text: 'Ya, pesan' });
    expect((await receiver.waitFor(byId(button.id))).body).toMatchObject({
      message: 'Ya, pesan',
      selectedId: 'btn-2',
      type: 'button_reply',
      from: alice.number,
    });
    const list = await alice.sendListReply(me, { rowId: 'row-b', title: 'Paket B' });
    expect((await receiver.waitFor(byId(list.id))).body).toMatchObject({
      message: 'Paket B',
      selectedId: 'row-b',
      type: 'list_reply',
      from: alice.number,
    });
  });

  it('resolves a sender addressed by @lid to the phone number, keeping the lid as an extra field', async () => {
    const { id } = await alice.sendText(me, 'lewat lid', { fromLid: true });
    expect((await receiver.waitFor(byId(id))).body).toMatchObject({
      from: alice.number,
      lid: alice.lidJid,
      message: 'lewat lid',
    });
  });

  it('stores and forwards a message delivered twice only once', async () => {
    const id = 'DUPLICATE0000000001';
    await alice.sendText(me, 'sekali saja', { id });
    await receiver.waitFor(byId(id));
    await alice.sendText(me, 'sekali saja', { id });
    await alice.sendText(me, 'penanda');
    await receiver.waitFor((hook) => hook.body.message === 'penanda');
    await core.inbound.settled();
    expect(receiver.received.filter(byId(id))).toHaveLength(1);
  });

  it('sends the reply a receiver answers with back to the chat', async () => {
    receiver.respond((hook) => ({
      status: 200,
      body: hook.body.message === 'ping' ? { reply: 'pong dari server' } : {},
    }));
    await alice.sendText(me, 'ping');
    await alice.waitForMessage((m) => m.text === 'pong dari server');
    receiver.respond(() => ({ status: 200 }));
  });

  it('shows the messages in the inbox: chat with name and unread count, thread, search', async () => {
    // Our own sends come back through Baileys' event buffer, a moment after the phone has them.
    await until(
      async () => (await core.rpc.invoke('inbox.search', { query: 'pong', deviceId })).hits.length > 0,
    );
    const { chats } = await core.rpc.invoke('inbox.chats', { deviceId });
    const chat = chats.find((c) => c.number === alice.number)!;
    expect(chat).toMatchObject({ name: 'Alice', isGroup: false });
    expect(chat.unread).toBe(0); // our reply ("pong") read the chat, as on a phone
    expect(chats.some((c) => c.isGroup && c.name === 'Toko Sembako')).toBe(true);
    const { messages } = await core.rpc.invoke('inbox.messages', { chatId: chat.id, limit: 200 });
    expect(messages.map((m) => m.body)).toEqual(
      expect.arrayContaining(['Halo, apa kabar?', 'foto produk', 'Ya, pesan', 'pong dari server']),
    );
    expect(messages.find((m) => m.body === 'pong dari server')).toMatchObject({
      fromMe: true,
      status: expect.any(String),
    });
    const { hits } = await core.rpc.invoke('inbox.search', { query: 'kaba', deviceId });
    expect(hits.map((h) => h.body)).toContain('Halo, apa kabar?');
    const unread = async () =>
      (await core.rpc.invoke('inbox.chats', { deviceId })).chats.find((c) => c.id === chat.id)!.unread;
    await alice.sendText(me, 'satu lagi');
    await alice.sendText(me, 'dan satu lagi');
    await expect.poll(unread).toBe(2);
    await core.rpc.invoke('inbox.markRead', { chatId: chat.id });
    expect(await unread()).toBe(0);
  });

  it('answers with the first matching auto-reply rule once per cooldown', async () => {
    await core.rpc.invoke('autoReplies.create', {
      deviceId,
      match: 'contains',
      pattern: 'HARGA',
      reply: 'Harga mulai 10rb',
      cooldownSeconds: 60,
    });
    expect(await core.rpc.invoke('autoReplies.test', { deviceId, text: 'berapa harga nya?' })).toMatchObject({
      reply: 'Harga mulai 10rb',
    });
    await bob.sendText(me, 'berapa harga nya?');
    await bob.waitForMessage((m) => m.text === 'Harga mulai 10rb');
    await bob.sendText(me, 'harga lagi?');
    await bob.sendText(me, 'penanda bob');
    await receiver.waitFor((hook) => hook.body.message === 'penanda bob');
    await core.inbound.settled();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bob.messages.filter((m) => m.text === 'Harga mulai 10rb')).toHaveLength(1);
  });

  it('sends message status and device connection events only once they are switched on', async () => {
    const before = receiver.received.length;
    await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: { kind: 'content', content: { text: 'belum ada status' } },
    });
    await alice.waitForMessage((m) => m.text === 'belum ada status');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received.slice(before).some((hook) => hook.body.event !== 'message')).toBe(false);

    await core.rpc.invoke('webhooks.setSettings', {
      events: { messageStatus: true, deviceConnection: true },
    });
    alice.sendReadReceipts = true;
    const { id } = await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: { kind: 'content', content: { text: 'dengan status' } },
    });
    const read = await receiver.waitFor(
      (hook) => hook.body.event === 'message_status' && hook.body.id === id && hook.body.status === 'read',
    );
    expect(read.body).toMatchObject({ to: alice.number, device: DEVICE });
    await core.rpc.invoke('sessions.pause', { id: deviceId });
    expect((await receiver.waitFor((hook) => hook.body.event === 'device_connection')).body).toMatchObject({
      device: DEVICE,
      status: 'paused',
    });
    await core.rpc.invoke('sessions.resume', { id: deviceId });
    await receiver.waitFor((hook) => hook.body.event === 'device_connection' && hook.body.status === 'open');
    alice.sendReadReceipts = false;
  });
});
