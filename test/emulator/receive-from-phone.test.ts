// Emulated phones → real Baileys: content types, media, replies, poll votes, edits, calls as Baileys events.
import { randomBytes } from 'node:crypto';
import { downloadMediaMessage, WAMessageStubType } from '@whiskeysockets/baileys';
import { Agent as UndiciAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import type { TestClient } from './baileys-client.js';
import { useLinkedClient } from './linked-client.js';

describe('emulated phones send to Baileys', () => {
  const linked = useLinkedClient();

  const upsert = (check: (m: TestClient['upserts'][number]) => boolean, what: string) =>
    linked.app.waitFor(() => linked.app.upserts.find(check), 10_000, what);

  it('delivers phone → Baileys text (also from @lid), image with real encrypted media and a document', async () => {
    // The app writes first (a pkmsg that opens its session); once Alice answers, its next message is a plain msg.
    const opening = await linked.app.sock.sendMessage(linked.alice.jid, { text: 'opening' });
    await linked.alice.waitForMessage((m) => m.id === opening!.key.id);
    const { id } = await linked.alice.sendText(linked.me.jid, 'hi shop');
    const text = await upsert((m) => m.key.id === id, 'text upsert');
    expect(text.message?.conversation).toBe('hi shop');
    expect(text.key).toMatchObject({ remoteJid: linked.alice.jid, fromMe: false });
    expect(text.pushName).toBe('Alice');

    await linked.app.sock.sendMessage(linked.alice.jid, { text: 'reply after her message' });
    expect((await linked.alice.waitForMessage((m) => m.text === 'reply after her message')).encType).toBe(
      'msg',
    );

    const fromLid = await linked.alice.sendText(linked.me.jid, 'via lid', { fromLid: true });
    const lidMsg = await upsert((m) => m.key.id === fromLid.id, 'lid upsert');
    expect(lidMsg.key.remoteJid).toBe(linked.alice.lidJid);
    expect(lidMsg.message?.conversation).toBe('via lid');

    const photo = randomBytes(3000);
    const image = await linked.alice.sendImage(linked.me.jid, {
      data: photo,
      caption: 'our photo',
      mimetype: 'image/jpeg',
    });
    const imgMsg = await upsert((m) => m.key.id === image.id, 'image upsert');
    expect(imgMsg.message?.imageMessage?.caption).toBe('our photo');
    const dispatcher = new UndiciAgent({ connect: { ca: linked.emu.context.media.caCert } });
    const downloaded = (await downloadMediaMessage(imgMsg, 'buffer', {
      options: { dispatcher },
    } as never)) as Buffer;
    expect(downloaded.equals(photo)).toBe(true);

    const doc = await linked.alice.sendDocument(linked.me.jid, {
      data: Buffer.from('report'),
      fileName: 'report.txt',
      mimetype: 'text/plain',
    });
    expect(
      (await upsert((m) => m.key.id === doc.id, 'document upsert')).message?.documentMessage?.fileName,
    ).toBe('report.txt');
  });

  it('delivers a voice note, video, location, reaction and typing indicator from a phone', async () => {
    const voice = randomBytes(1500);
    const note = await linked.alice.sendAudio(linked.me.jid, { data: voice, seconds: 2 });
    const noteMsg = await upsert((m) => m.key.id === note.id, 'voice note');
    expect(noteMsg.message?.audioMessage).toMatchObject({ ptt: true, seconds: 2 });
    const dispatcher = new UndiciAgent({ connect: { ca: linked.emu.context.media.caCert } });
    expect(
      (
        (await downloadMediaMessage(noteMsg, 'buffer', { options: { dispatcher } } as never)) as Buffer
      ).equals(voice),
    ).toBe(true);
    const video = await linked.alice.sendVideo(linked.me.jid, { data: randomBytes(2500), caption: 'clip' });
    expect((await upsert((m) => m.key.id === video.id, 'video')).message?.videoMessage?.caption).toBe('clip');
    const loc = await linked.alice.sendLocation(linked.me.jid, {
      latitude: -6.2,
      longitude: 106.8,
      name: 'Jakarta',
    });
    expect((await upsert((m) => m.key.id === loc.id, 'location')).message?.locationMessage).toMatchObject({
      degreesLatitude: -6.2,
      name: 'Jakarta',
    });
    const sent = await linked.app.sock.sendMessage(linked.alice.jid, { text: 'react to this' });
    const target = await linked.alice.waitForMessage((m) => m.id === sent!.key.id);
    const reaction = await linked.alice.sendReaction(linked.me.jid, target, '❤️');
    expect(
      (await upsert((m) => m.key.id === reaction.id, 'reaction')).message?.reactionMessage,
    ).toMatchObject({ text: '❤️', key: { id: target.id } });
    const presence = new Promise((resolve) => linked.app.sock.ev.on('presence.update', resolve));
    await linked.alice.sendTyping(linked.me.jid);
    expect(await presence).toMatchObject({
      id: linked.alice.jid,
      presences: { [linked.alice.jid]: { lastKnownPresence: 'composing' } },
    });
  });

  it('delivers edits and deletes a phone makes to its own messages', async () => {
    const original = await linked.alice.sendText(linked.me.jid, 'see you at 5');
    await upsert((m) => m.key.id === original.id, 'original');
    const edit = await linked.alice.editMessage(linked.me.jid, original.id, 'see you at 6');
    const edited = await upsert((m) => m.key.id === edit.id, 'edit');
    expect(edited.message?.protocolMessage).toMatchObject({
      key: { id: original.id },
      editedMessage: { conversation: 'see you at 6' },
    });
    await linked.alice.deleteMessage(linked.me.jid, original.id);
    const revoked = await linked.app.waitFor(
      () =>
        linked.app.updates.find(
          (u) => u.key.id === original.id && u.update.messageStubType === WAMessageStubType.REVOKE,
        ),
      5000,
      'revoke update',
    );
    expect(revoked.update.message).toBeNull();
  });

  it('delivers button, list and native-flow replies and an encrypted poll vote', async () => {
    const b = await linked.bob.sendButtonReply(linked.me.jid, { id: 'b1', text: 'One' });
    const l = await linked.bob.sendListReply(linked.me.jid, { rowId: 'r1', title: 'Soup' });
    const n = await linked.bob.sendNativeFlowReply(linked.me.jid, { params: { id: 'yes' }, text: 'Yes' });
    expect(
      (await upsert((m) => m.key.id === b.id, 'button reply')).message?.buttonsResponseMessage
        ?.selectedButtonId,
    ).toBe('b1');
    expect(
      (await upsert((m) => m.key.id === l.id, 'list reply')).message?.listResponseMessage?.singleSelectReply
        ?.selectedRowId,
    ).toBe('r1');
    const flow = await upsert((m) => m.key.id === n.id, 'native flow reply');
    expect(
      JSON.parse(flow.message?.interactiveResponseMessage?.nativeFlowResponseMessage?.paramsJson ?? '{}'),
    ).toEqual({ id: 'yes' });

    const created = await linked.app.sock.sendMessage(linked.bob.jid, {
      poll: { name: 'Lunch?', values: ['Pizza', 'Sushi'], selectableCount: 1 },
    });
    const poll = await linked.bob.waitForMessage((m) => m.id === created!.key.id);
    const vote = await linked.bob.sendPollVote(linked.me.jid, poll, ['Sushi']);
    const voteMsg = await upsert((m) => m.key.id === vote.id, 'poll vote');
    expect(voteMsg.message?.pollUpdateMessage?.pollCreationMessageKey?.id).toBe(poll.id);
    expect(voteMsg.message?.pollUpdateMessage?.vote?.encPayload?.length).toBeGreaterThan(0);
  });

  it('rings the app with a call offer from a phone; the app rejects it', async () => {
    const offers: { id: string; from: string; status: string; isVideo?: boolean }[] = [];
    linked.app.sock.ev.on('call', (calls) => offers.push(...calls));
    const call = await linked.alice.call(linked.me.jid, { video: true });
    const offer = await linked.app.waitFor(
      () => offers.find((c) => c.id === call.id && c.status === 'offer'),
      5000,
      'offer',
    );
    expect(offer).toMatchObject({ from: linked.alice.jid, isVideo: true });
    await linked.app.sock.rejectCall(call.id, linked.alice.jid);
    expect(linked.alice.calls.find((c) => c.id === call.id)).toMatchObject({
      status: 'rejected',
      rejectedBy: '15550002000:1@s.whatsapp.net',
    });
  });
});
