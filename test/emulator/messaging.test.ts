// Real Baileys ⇄ emulated phones: every content type decoded on the phone, inbound upserts, receipts, groups.
import { createHash, randomBytes } from 'node:crypto';
import { downloadMediaMessage, proto, WAMessageStatus, WAMessageStubType } from '@whiskeysockets/baileys';
import { Agent as UndiciAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, type Phone, startEmulator } from './index.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
// 1×1 PNG; Baileys has no image library here, so it sends the bytes without a thumbnail.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('messages between Baileys and emulated phones', () => {
  let emu: Emulator;
  let app: TestClient;
  let me: Phone;
  let alice: Phone;
  let bob: Phone;

  beforeAll(async () => {
    emu = await startEmulator();
    me = emu.createPhone('15550002000', 'Shop');
    alice = emu.createPhone('15550002001', 'Alice');
    bob = emu.createPhone('15550002002', 'Bob');
    app = await linkByQr(emu, me.number);
  });
  afterAll(async () => {
    app.end();
    expect(emu.faults.errors).toEqual([]);
    await emu.close();
  });

  const upsert = (check: (m: TestClient['upserts'][number]) => boolean, what: string) =>
    app.waitFor(() => app.upserts.find(check), 10_000, what);

  it('delivers text and reports delivery and read receipts as messages.update', async () => {
    alice.sendReadReceipts = true;
    const sent = await app.sock.sendMessage(alice.jid, { text: 'hello alice' });
    const got = await alice.waitForMessage((m) => m.text === 'hello alice');
    expect(got).toMatchObject({
      id: sent!.key.id,
      from: '15550002000:1@s.whatsapp.net',
      chat: me.jid,
      encType: 'pkmsg',
    });
    await app.waitFor(
      () => app.updates.find((u) => u.key.id === sent!.key.id && u.update.status === WAMessageStatus.READ),
      10_000,
      'read receipt',
    );
    expect(
      app.updates.some((u) => u.key.id === sent!.key.id && u.update.status === WAMessageStatus.DELIVERY_ACK),
    ).toBe(true);
    alice.sendReadReceipts = false;
    // The primary phone of the sending account gets the deviceSentMessage copy.
    expect((await me.waitForMessage((m) => m.id === sent!.key.id, 5000, { fromMe: true })).text).toBe(
      'hello alice',
    );
    await app.sock.sendMessage(alice.jid, { text: 'second' });
    // Still pkmsg: Baileys keeps the prekey header until Alice answers (checked in the inbound test).
    expect((await alice.waitForMessage((m) => m.text === 'second')).encType).toBe('pkmsg');
  });

  it('uploads image, document and voice note to the media host; the phone decrypts them (sha256 matches)', async () => {
    const doc = Buffer.from(`%PDF-1.4 invoice ${randomBytes(8).toString('hex')}`);
    const voice = randomBytes(2000);
    const img = await app.sock.sendMessage(bob.jid, {
      image: PNG,
      caption: 'a pixel',
      mimetype: 'image/png',
    });
    const pdf = await app.sock.sendMessage(bob.jid, {
      document: doc,
      mimetype: 'application/pdf',
      fileName: 'invoice.pdf',
    });
    const ptt = await app.sock.sendMessage(bob.jid, {
      audio: voice,
      mimetype: 'audio/ogg; codecs=opus',
      ptt: true,
      seconds: 3,
      // Not in AnyMessageContent's type, but prepareWAMessageMedia skips waveform decoding when present.
      waveform: new Uint8Array(64),
    } as Parameters<typeof app.sock.sendMessage>[1]);
    const image = await bob.waitForMessage((m) => m.id === img!.key.id);
    expect(image).toMatchObject({ type: 'imageMessage', caption: 'a pixel', stanzaType: 'media' });
    expect(image.media).toMatchObject({
      kind: 'image',
      sha256: sha256(PNG),
      sha256Matches: true,
      size: PNG.length,
    });
    const document = await bob.waitForMessage((m) => m.id === pdf!.key.id);
    expect(document.media).toMatchObject({
      kind: 'document',
      fileName: 'invoice.pdf',
      mimetype: 'application/pdf',
      sha256: sha256(doc),
      sha256Matches: true,
    });
    expect(document.media!.data!.equals(doc)).toBe(true);
    const note = await bob.waitForMessage((m) => m.id === ptt!.key.id);
    expect(note).toMatchObject({ type: 'audioMessage', ptt: true });
    expect(note.media).toMatchObject({ sha256: sha256(voice), sha256Matches: true });
  });

  it('decodes a poll, native-flow buttons with the <biz> node, buttons, list, location and vCard', async () => {
    const poll = await app.sock.sendMessage(bob.jid, {
      poll: { name: 'Lunch?', values: ['Pizza', 'Sushi'], selectableCount: 1 },
    });
    const interactive = proto.Message.fromObject({
      interactiveMessage: {
        body: { text: 'Confirm your order' },
        nativeFlowMessage: {
          buttons: [
            { name: 'quick_reply', buttonParamsJson: JSON.stringify({ display_text: 'Yes', id: 'yes' }) },
          ],
          messageVersion: 1,
        },
      },
    });
    const bizNode = {
      tag: 'biz',
      attrs: {},
      content: [
        {
          tag: 'interactive',
          attrs: { type: 'native_flow', v: '1' },
          content: [{ tag: 'native_flow', attrs: { v: '9', name: 'mixed' } }],
        },
      ],
    };
    const flowId = await app.sock.relayMessage(bob.jid, interactive, { additionalNodes: [bizNode] });
    const buttonsId = await app.sock.relayMessage(
      bob.jid,
      {
        buttonsMessage: {
          contentText: 'Pick',
          headerType: 1,
          buttons: [{ buttonId: 'b1', buttonText: { displayText: 'One' }, type: 1 }],
        },
      },
      {},
    );
    const listId = await app.sock.relayMessage(
      bob.jid,
      {
        listMessage: {
          title: 'Menu',
          description: 'Choose',
          buttonText: 'Open',
          listType: 1,
          sections: [{ title: 'Food', rows: [{ rowId: 'r1', title: 'Soup' }] }],
        },
      },
      {},
    );
    const loc = await app.sock.sendMessage(bob.jid, {
      location: { degreesLatitude: 52.5, degreesLongitude: 13.4, name: 'Shop' },
    });
    const vcard = 'BEGIN:VCARD\nVERSION:3.0\nFN:Carol\nTEL;waid=15550002003:+15550002003\nEND:VCARD';
    const card = await app.sock.sendMessage(bob.jid, {
      contacts: { displayName: 'Carol', contacts: [{ vcard }] },
    });
    const quoted = await app.sock.sendMessage(bob.jid, { text: 'see above' }, { quoted: loc! });

    expect((await bob.waitForMessage((m) => m.id === poll!.key.id)).poll).toEqual({
      name: 'Lunch?',
      options: ['Pizza', 'Sushi'],
      selectableCount: 1,
    });
    const flow = await bob.waitForMessage((m) => m.id === flowId);
    expect(flow.nativeFlow).toEqual([{ name: 'quick_reply', params: { display_text: 'Yes', id: 'yes' } }]);
    expect(flow.text).toBe('Confirm your order');
    expect(flow.extraNodes.map((n) => n.tag)).toContain('biz');
    expect((await bob.waitForMessage((m) => m.id === buttonsId)).buttons).toEqual([
      { id: 'b1', text: 'One' },
    ]);
    expect((await bob.waitForMessage((m) => m.id === listId)).list?.sections[0].rows).toEqual([
      { id: 'r1', title: 'Soup' },
    ]);
    expect((await bob.waitForMessage((m) => m.id === loc!.key.id)).location).toMatchObject({
      latitude: 52.5,
      longitude: 13.4,
      name: 'Shop',
    });
    expect((await bob.waitForMessage((m) => m.id === card!.key.id)).vcards).toEqual([vcard]);
    expect((await bob.waitForMessage((m) => m.id === quoted!.key.id)).quotedId).toBe(loc!.key.id);
  });

  it('delivers phone → Baileys text (also from @lid), image with real encrypted media and a document', async () => {
    const { id } = await alice.sendText(me.jid, 'hi shop');
    const text = await upsert((m) => m.key.id === id, 'text upsert');
    expect(text.message?.conversation).toBe('hi shop');
    expect(text.key).toMatchObject({ remoteJid: alice.jid, fromMe: false });
    expect(text.pushName).toBe('Alice');

    await app.sock.sendMessage(alice.jid, { text: 'reply after her message' });
    expect((await alice.waitForMessage((m) => m.text === 'reply after her message')).encType).toBe('msg');

    const fromLid = await alice.sendText(me.jid, 'via lid', { fromLid: true });
    const lidMsg = await upsert((m) => m.key.id === fromLid.id, 'lid upsert');
    expect(lidMsg.key.remoteJid).toBe(alice.lidJid);
    expect(lidMsg.message?.conversation).toBe('via lid');

    const photo = randomBytes(3000);
    const image = await alice.sendImage(me.jid, {
      data: photo,
      caption: 'our photo',
      mimetype: 'image/jpeg',
    });
    const imgMsg = await upsert((m) => m.key.id === image.id, 'image upsert');
    expect(imgMsg.message?.imageMessage?.caption).toBe('our photo');
    const dispatcher = new UndiciAgent({ connect: { ca: emu.context.media.caCert } });
    const downloaded = (await downloadMediaMessage(imgMsg, 'buffer', {
      options: { dispatcher },
    } as never)) as Buffer;
    expect(downloaded.equals(photo)).toBe(true);

    const doc = await alice.sendDocument(me.jid, {
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
    const note = await alice.sendAudio(me.jid, { data: voice, seconds: 2 });
    const noteMsg = await upsert((m) => m.key.id === note.id, 'voice note');
    expect(noteMsg.message?.audioMessage).toMatchObject({ ptt: true, seconds: 2 });
    const dispatcher = new UndiciAgent({ connect: { ca: emu.context.media.caCert } });
    expect(
      (
        (await downloadMediaMessage(noteMsg, 'buffer', { options: { dispatcher } } as never)) as Buffer
      ).equals(voice),
    ).toBe(true);
    const video = await alice.sendVideo(me.jid, { data: randomBytes(2500), caption: 'clip' });
    expect((await upsert((m) => m.key.id === video.id, 'video')).message?.videoMessage?.caption).toBe('clip');
    const loc = await alice.sendLocation(me.jid, { latitude: -6.2, longitude: 106.8, name: 'Jakarta' });
    expect((await upsert((m) => m.key.id === loc.id, 'location')).message?.locationMessage).toMatchObject({
      degreesLatitude: -6.2,
      name: 'Jakarta',
    });
    const target = await alice.waitForMessage((m) => m.text === 'hello alice');
    const reaction = await alice.sendReaction(me.jid, target, '❤️');
    expect(
      (await upsert((m) => m.key.id === reaction.id, 'reaction')).message?.reactionMessage,
    ).toMatchObject({ text: '❤️', key: { id: target.id } });
    const presence = new Promise((resolve) => app.sock.ev.on('presence.update', resolve));
    await alice.sendTyping(me.jid);
    expect(await presence).toMatchObject({
      id: alice.jid,
      presences: { [alice.jid]: { lastKnownPresence: 'composing' } },
    });
  });

  it('delivers edits and deletes a phone makes to its own messages', async () => {
    const original = await alice.sendText(me.jid, 'see you at 5');
    await upsert((m) => m.key.id === original.id, 'original');
    const edit = await alice.editMessage(me.jid, original.id, 'see you at 6');
    const edited = await upsert((m) => m.key.id === edit.id, 'edit');
    expect(edited.message?.protocolMessage).toMatchObject({
      key: { id: original.id },
      editedMessage: { conversation: 'see you at 6' },
    });
    await alice.deleteMessage(me.jid, original.id);
    const revoked = await app.waitFor(
      () =>
        app.updates.find(
          (u) => u.key.id === original.id && u.update.messageStubType === WAMessageStubType.REVOKE,
        ),
      5000,
      'revoke update',
    );
    expect(revoked.update.message).toBeNull();
  });

  it('delivers button, list and native-flow replies and an encrypted poll vote', async () => {
    const b = await bob.sendButtonReply(me.jid, { id: 'b1', text: 'One' });
    const l = await bob.sendListReply(me.jid, { rowId: 'r1', title: 'Soup' });
    const n = await bob.sendNativeFlowReply(me.jid, { params: { id: 'yes' }, text: 'Yes' });
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

    const poll = await bob.waitForMessage((m) => !!m.poll);
    const vote = await bob.sendPollVote(me.jid, poll, ['Sushi']);
    const voteMsg = await upsert((m) => m.key.id === vote.id, 'poll vote');
    expect(voteMsg.message?.pollUpdateMessage?.pollCreationMessageKey?.id).toBe(poll.id);
    expect(voteMsg.message?.pollUpdateMessage?.vote?.encPayload?.length).toBeGreaterThan(0);
  });

  it('runs a group: Baileys sends with sender keys, a phone replies in the group', async () => {
    const group = await emu.createGroup('Team', [me.number, alice.number, bob.number], alice.number);
    const meta = await app.sock.groupMetadata(group.jid);
    expect(meta.participants.map((p) => p.id).sort()).toEqual([me.jid, alice.jid, bob.jid].sort());
    const sent = await app.sock.sendMessage(group.jid, { text: 'hello team' });
    for (const phone of [alice, bob]) {
      expect(await phone.waitForMessage((m) => m.id === sent!.key.id)).toMatchObject({
        group: group.jid,
        text: 'hello team',
        encType: 'skmsg',
      });
    }
    const reply = await bob.sendText(group.jid, 'hi all');
    const got = await upsert((m) => m.key.id === reply.id, 'group upsert');
    expect(got.key).toMatchObject({ remoteJid: group.jid, participant: bob.jid });
    expect(got.message?.conversation).toBe('hi all');
    const again = await alice.sendText(group.jid, 'second group msg');
    expect((await upsert((m) => m.key.id === again.id, 'second group upsert')).message?.conversation).toBe(
      'second group msg',
    );
  });

  it('decodes reactions, edits and deletes the app sends', async () => {
    const original = await app.sock.sendMessage(bob.jid, { text: 'typo' });
    // Copies: Baileys rewrites the key object it is given for edits and deletes.
    const key = () => ({ ...original!.key });
    const targetId = original!.key.id;
    await app.sock.sendMessage(bob.jid, { react: { text: '👍', key: key() } });
    await app.sock.sendMessage(bob.jid, { text: 'fixed', edit: key() });
    await app.sock.sendMessage(bob.jid, { delete: key() });
    expect((await bob.waitForMessage((m) => m.reaction?.targetId === targetId)).reaction?.text).toBe('👍');
    const edit = await bob.waitForMessage((m) => m.protocol?.type === 'MESSAGE_EDIT');
    expect(edit.protocol).toEqual({ type: 'MESSAGE_EDIT', targetId, editedText: 'fixed' });
    expect((await bob.waitForMessage((m) => m.protocol?.type === 'REVOKE')).protocol?.targetId).toBe(
      targetId,
    );
  });

  it('runs a LID-addressed group the same way, and a group the app creates itself', async () => {
    const group = await emu.createGroup('LID team', [me.number, alice.number, bob.number], bob.number, 'lid');
    const meta = await app.sock.groupMetadata(group.jid);
    expect(meta.addressingMode).toBe('lid');
    expect(meta.participants.map((p) => p.id).sort()).toEqual([me.lidJid, alice.lidJid, bob.lidJid].sort());
    const sent = await app.sock.sendMessage(group.jid, { text: 'hello lid team' });
    expect((await alice.waitForMessage((m) => m.id === sent!.key.id)).text).toBe('hello lid team');
    const reply = await alice.sendText(group.jid, 'lid reply');
    const got = await upsert((m) => m.key.id === reply.id, 'lid group upsert');
    expect(got.key).toMatchObject({
      remoteJid: group.jid,
      participant: alice.lidJid,
      participantAlt: alice.jid,
    });
    expect(got.message?.conversation).toBe('lid reply');

    expect(await app.sock.groupInviteCode(group.jid)).toMatch(/^[\w-]{22}$/);
    const created = await app.sock.groupCreate('Made by the app', [alice.jid, bob.lidJid]);
    expect(
      emu.context.groups
        .get(created.id)
        ?.participants.map((p) => p.number)
        .sort(),
    ).toEqual([me.number, alice.number, bob.number].sort());
    const first = await app.sock.sendMessage(created.id, { text: 'welcome' });
    expect((await alice.waitForMessage((m) => m.id === first!.key.id)).group).toBe(created.id);
  });

  it('rings the app with a call offer from a phone; the app rejects it', async () => {
    const offers: { id: string; from: string; status: string; isVideo?: boolean }[] = [];
    app.sock.ev.on('call', (calls) => offers.push(...calls));
    const call = await alice.call(me.jid, { video: true });
    const offer = await app.waitFor(
      () => offers.find((c) => c.id === call.id && c.status === 'offer'),
      5000,
      'offer',
    );
    expect(offer).toMatchObject({ from: alice.jid, isVideo: true });
    await app.sock.rejectCall(call.id, alice.jid);
    expect(alice.calls.find((c) => c.id === call.id)).toMatchObject({
      status: 'rejected',
      rejectedBy: '15550002000:1@s.whatsapp.net',
    });
  });

  it('answers not-on-WhatsApp for numbers without a phone', async () => {
    const result = await app.sock.onWhatsApp('15559999999', alice.number);
    expect(result).toEqual([{ jid: alice.jid, exists: true }]);
  });
});
