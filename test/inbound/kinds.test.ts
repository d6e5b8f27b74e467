// Every kind of incoming message lands in the inbox as the right row: media, location, contact, reactions,
// poll votes, edits, deletions, sends from the phone itself; status broadcasts and protocol noise never do.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proto } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const DEVICE = '6281234567141';
const me = `${DEVICE}@s.whatsapp.net`;
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;
let alice: Phone;
let owner: Phone;
let deviceId: number;

async function stored(waId: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await core.inbound.settled();
    const row = findMessageByWaId(core.db, deviceId, waId);
    if (row) return row;
    if (Date.now() > end) throw new Error(`message ${waId} was not stored`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
    phone: owner,
  } = await linkDeviceByQr(core, emu, DEVICE));
  alice = emu.createPhone('6281234567142', 'Alice');
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

describe('inbound kinds', () => {
  it('stores voice notes, videos, locations and contacts with their facts', async () => {
    const voice = await alice.sendAudio(me, { data: randomBytes(800), seconds: 3 });
    expect(await stored(voice.id)).toMatchObject({
      type: 'voice',
      mimetype: expect.stringContaining('audio/ogg'),
    });
    const video = await alice.sendVideo(me, { data: randomBytes(900), caption: 'video produk' });
    expect(await stored(video.id)).toMatchObject({ type: 'video', body: 'video produk' });
    const loc = await alice.sendLocation(me, {
      latitude: -6.2,
      longitude: 106.8,
      name: 'Toko',
      address: 'Jakarta',
    });
    const locRow = await stored(loc.id);
    expect(locRow).toMatchObject({ type: 'location', body: 'Toko, Jakarta' });
    expect(JSON.parse(locRow.extra!)).toEqual({ latitude: -6.2, longitude: 106.8 });
    const contact = await alice.sendMessage(me, {
      contactMessage: { displayName: 'Budi', vcard: 'BEGIN:VCARD\nFN:Budi\nEND:VCARD' },
    });
    expect(await stored(contact.id)).toMatchObject({ type: 'contact', body: 'Budi' });
    const doc = await alice.sendDocument(me, {
      data: Buffer.from('%PDF-1.4 nota'),
      fileName: 'nota.pdf',
      mimetype: 'application/pdf',
    });
    const docRow = await stored(doc.id);
    const { messages } = await core.rpc.invoke('inbox.messages', { chatId: docRow.chatId, limit: 10 });
    const listed = messages.find((m) => m.waId === doc.id)!;
    expect(listed).toMatchObject({ hasMedia: true, fileName: 'nota.pdf' });
    expect(listed.extra).toBeNull(); // the media key stays in core
    const file = await core.rpc.invoke('inbox.media', { messageId: listed.id });
    expect(file).toMatchObject({ mimetype: 'application/pdf', fileName: 'nota.pdf' });
    expect(Buffer.from(file.dataUrl.split(',')[1], 'base64').toString()).toBe('%PDF-1.4 nota');
    const hook = await receiver.waitFor((h) => h.body.id === loc.id);
    expect(hook.body).toMatchObject({ type: 'location', location: { latitude: -6.2, longitude: 106.8 } });
  });

  it('applies an edit and a deletion to the stored row', async () => {
    const { id } = await alice.sendText(me, 'harga 10rb');
    await stored(id);
    await alice.sendMessage(me, {
      protocolMessage: {
        type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
        key: { remoteJid: me, fromMe: true, id },
        editedMessage: { conversation: 'harga 12rb' },
      },
    });
    await expect
      .poll(() => findMessageByWaId(core.db, deviceId, id))
      .toMatchObject({ body: 'harga 12rb', edited: 1 });
    const { hits } = await core.rpc.invoke('inbox.search', { query: '12rb' });
    expect(hits.map((h) => h.waId)).toContain(id);
    await alice.sendMessage(me, {
      protocolMessage: {
        type: proto.Message.ProtocolMessage.Type.REVOKE,
        key: { remoteJid: me, fromMe: true, id },
      },
    });
    await expect.poll(() => findMessageByWaId(core.db, deviceId, id)).toMatchObject({ body: '', deleted: 1 });
  });

  it('stores a reaction to our message, and decrypts a vote on a poll we sent', async () => {
    await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: { kind: 'content', content: { text: 'pesanan siap' } },
    });
    const ours = await alice.waitForMessage((m) => m.text === 'pesanan siap');
    const reaction = await alice.sendReaction(me, ours, '👍');
    expect(await stored(reaction.id)).toMatchObject({ type: 'reaction', body: '👍', quotedId: ours.id });
    const reactionRow = await stored(reaction.id);
    const thread = await core.rpc.invoke('inbox.messages', { chatId: reactionRow.chatId, limit: 5 });
    expect(thread.messages.find((m) => m.waId === reaction.id)?.quoted).toEqual({
      body: 'pesanan siap',
      type: 'text',
      fromMe: true,
    });

    await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: {
        kind: 'content',
        content: { poll: { name: 'Ukuran?', values: ['S', 'M', 'L'], selectableCount: 1 } },
      },
    });
    const poll = await alice.waitForMessage(
      (m) => !!m.message.pollCreationMessage || !!m.message.pollCreationMessageV3,
    );
    await stored(poll.id);
    const vote = await alice.sendPollVote(me, poll, ['M']);
    expect(await stored(vote.id)).toMatchObject({ type: 'poll_vote', body: 'M', quotedId: poll.id });
    expect((await receiver.waitFor((h) => h.body.id === vote.id)).body).toMatchObject({
      message: 'M',
      type: 'poll_vote',
    });
  });

  it('stores what the phone itself sends as outgoing, without a webhook', async () => {
    const { id } = await owner.sendMessage(
      DEVICE,
      { deviceSentMessage: { destinationJid: alice.jid, message: { conversation: 'dikirim dari HP' } } },
      { attrs: { recipient: alice.jid } },
    );
    expect(await stored(id)).toMatchObject({ fromMe: 1, body: 'dikirim dari HP', sender: DEVICE });
    const marker = await alice.sendText(me, 'penanda');
    await receiver.waitFor((h) => h.body.id === marker.id);
    expect(receiver.received.some((h) => h.body.id === id)).toBe(false);
  });

  it('maps a typed number of a text menu and a poll vote back to the option we sent', async () => {
    const choices = [
      { id: '1', text: 'Paket A' },
      { id: '2', text: 'Paket B' },
    ];
    await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: { kind: 'content', content: { text: 'Pilih:\n1. Paket A\n2. Paket B\n\nBalas 1/2' }, choices },
    });
    await alice.waitForMessage((m) => !!m.text?.startsWith('Pilih:'));
    const typed = await alice.sendText(me, ' 2 ');
    expect((await receiver.waitFor((h) => h.body.id === typed.id)).body).toMatchObject({
      message: 'Paket B',
      selectedId: '2',
      type: 'text',
    });

    await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: {
        kind: 'content',
        content: { poll: { name: 'Paket?', values: ['Paket A', 'Paket B'], selectableCount: 1 } },
        choices,
      },
    });
    const poll = await alice.waitForMessage(
      (m) =>
        ((m.message.pollCreationMessage ?? m.message.pollCreationMessageV3) as { name?: string } | undefined)
          ?.name === 'Paket?',
    );
    await stored(poll.id);
    const vote = await alice.sendPollVote(me, poll, ['Paket A']);
    expect((await receiver.waitFor((h) => h.body.id === vote.id)).body).toMatchObject({
      message: 'Paket A',
      selectedId: '1',
    });
  });

  it('stores our relayed interactive messages as outgoing (Baileys does not echo them)', async () => {
    const { id } = await core.sender.send({
      sender: DEVICE,
      to: alice.jid,
      content: {
        kind: 'raw',
        message: {
          interactiveMessage: {
            body: { text: 'Pilih menu' },
            nativeFlowMessage: {
              buttons: [{ name: 'quick_reply', buttonParamsJson: '{"display_text":"Ya","id":"1"}' }],
            },
          },
        },
      },
    });
    expect(await stored(id)).toMatchObject({
      fromMe: 1,
      type: 'interactive',
      body: 'Pilih menu',
      status: 'sent',
    });
  });

  it('answers with an auto-reply that carries an image from a URL', async () => {
    const photo = randomBytes(1500);
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const mediaUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/katalog.jpg`;
    try {
      await core.rpc.invoke('autoReplies.create', {
        deviceId,
        match: 'exact',
        pattern: 'katalog',
        reply: 'Katalog kami',
        mediaUrl,
      });
      await alice.sendText(me, 'Katalog');
      const answer = await alice.waitForMessage((m) => !!m.message.imageMessage);
      expect((answer.message.imageMessage as { caption?: string }).caption).toBe('Katalog kami');
      expect(await stored(answer.id)).toMatchObject({ fromMe: 1, type: 'image', body: 'Katalog kami' });
    } finally {
      server.close();
    }
  });

  it('ignores status broadcasts and protocol-only messages', async () => {
    const before = (core.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
    await alice.sendMessage(me, {
      protocolMessage: { type: proto.Message.ProtocolMessage.Type.EPHEMERAL_SETTING, ephemeralExpiration: 0 },
    });
    const marker = await alice.sendText(me, 'penanda 2');
    await stored(marker.id);
    expect((core.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n).toBe(before + 1);
  });
});
