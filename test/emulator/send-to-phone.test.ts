// Real Baileys → emulated phones: every content type decrypted and decoded on the phone, receipts back.
import { createHash, randomBytes } from 'node:crypto';
import { proto, WAMessageStatus } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { PNG } from '../support/media-files.js';
import { useLinkedClient } from './linked-client.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('Baileys sends to emulated phones', () => {
  const linked = useLinkedClient();

  it('delivers text and reports delivery and read receipts as messages.update', async () => {
    linked.alice.sendReadReceipts = true;
    const sent = await linked.app.sock.sendMessage(linked.alice.jid, { text: 'hello alice' });
    const got = await linked.alice.waitForMessage((m) => m.text === 'hello alice');
    expect(got).toMatchObject({
      id: sent!.key.id,
      from: '15550002000:1@s.whatsapp.net',
      chat: linked.me.jid,
      encType: 'pkmsg',
    });
    await linked.app.waitFor(
      () =>
        linked.app.updates.find((u) => u.key.id === sent!.key.id && u.update.status === WAMessageStatus.READ),
      10_000,
      'read receipt',
    );
    expect(
      linked.app.updates.some(
        (u) => u.key.id === sent!.key.id && u.update.status === WAMessageStatus.DELIVERY_ACK,
      ),
    ).toBe(true);
    linked.alice.sendReadReceipts = false;
    // The primary phone of the sending account gets the deviceSentMessage copy.
    expect((await linked.me.waitForMessage((m) => m.id === sent!.key.id, 5000, { fromMe: true })).text).toBe(
      'hello alice',
    );
    await linked.app.sock.sendMessage(linked.alice.jid, { text: 'second' });
    // Still pkmsg: Baileys keeps the prekey header until Alice answers (checked in the inbound test).
    expect((await linked.alice.waitForMessage((m) => m.text === 'second')).encType).toBe('pkmsg');
  });

  it('uploads image, document and voice note to the media host; the phone decrypts them (sha256 matches)', async () => {
    const doc = Buffer.from(`%PDF-1.4 invoice ${randomBytes(8).toString('hex')}`);
    const voice = randomBytes(2000);
    // Baileys has no image library here, so it sends the PNG's bytes without a thumbnail.
    const img = await linked.app.sock.sendMessage(linked.bob.jid, {
      image: PNG,
      caption: 'a pixel',
      mimetype: 'image/png',
    });
    const pdf = await linked.app.sock.sendMessage(linked.bob.jid, {
      document: doc,
      mimetype: 'application/pdf',
      fileName: 'invoice.pdf',
    });
    const ptt = await linked.app.sock.sendMessage(linked.bob.jid, {
      audio: voice,
      mimetype: 'audio/ogg; codecs=opus',
      ptt: true,
      seconds: 3,
      // Not in AnyMessageContent's type, but prepareWAMessageMedia skips waveform decoding when present.
      waveform: new Uint8Array(64),
    } as Parameters<typeof linked.app.sock.sendMessage>[1]);
    const image = await linked.bob.waitForMessage((m) => m.id === img!.key.id);
    expect(image).toMatchObject({ type: 'imageMessage', caption: 'a pixel', stanzaType: 'media' });
    expect(image.media).toMatchObject({
      kind: 'image',
      sha256: sha256(PNG),
      sha256Matches: true,
      size: PNG.length,
    });
    const document = await linked.bob.waitForMessage((m) => m.id === pdf!.key.id);
    expect(document.media).toMatchObject({
      kind: 'document',
      fileName: 'invoice.pdf',
      mimetype: 'application/pdf',
      sha256: sha256(doc),
      sha256Matches: true,
    });
    expect(document.media!.data!.equals(doc)).toBe(true);
    const note = await linked.bob.waitForMessage((m) => m.id === ptt!.key.id);
    expect(note).toMatchObject({ type: 'audioMessage', ptt: true });
    expect(note.media).toMatchObject({ sha256: sha256(voice), sha256Matches: true });
  });

  it('decodes a poll, native-flow buttons with the <biz> node, buttons, list, location and vCard', async () => {
    const poll = await linked.app.sock.sendMessage(linked.bob.jid, {
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
    const flowId = await linked.app.sock.relayMessage(linked.bob.jid, interactive, {
      additionalNodes: [bizNode],
    });
    const buttonsId = await linked.app.sock.relayMessage(
      linked.bob.jid,
      {
        buttonsMessage: {
          contentText: 'Pick',
          headerType: 1,
          buttons: [{ buttonId: 'b1', buttonText: { displayText: 'One' }, type: 1 }],
        },
      },
      {},
    );
    const listId = await linked.app.sock.relayMessage(
      linked.bob.jid,
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
    const loc = await linked.app.sock.sendMessage(linked.bob.jid, {
      location: { degreesLatitude: 52.5, degreesLongitude: 13.4, name: 'Shop' },
    });
    const vcard = 'BEGIN:VCARD\nVERSION:3.0\nFN:Carol\nTEL;waid=15550002003:+15550002003\nEND:VCARD';
    const card = await linked.app.sock.sendMessage(linked.bob.jid, {
      contacts: { displayName: 'Carol', contacts: [{ vcard }] },
    });
    const quoted = await linked.app.sock.sendMessage(linked.bob.jid, { text: 'see above' }, { quoted: loc! });

    expect((await linked.bob.waitForMessage((m) => m.id === poll!.key.id)).poll).toEqual({
      name: 'Lunch?',
      options: ['Pizza', 'Sushi'],
      selectableCount: 1,
    });
    const flow = await linked.bob.waitForMessage((m) => m.id === flowId);
    expect(flow.nativeFlow).toEqual([{ name: 'quick_reply', params: { display_text: 'Yes', id: 'yes' } }]);
    expect(flow.text).toBe('Confirm your order');
    expect(flow.extraNodes.map((n) => n.tag)).toContain('biz');
    expect((await linked.bob.waitForMessage((m) => m.id === buttonsId)).buttons).toEqual([
      { id: 'b1', text: 'One' },
    ]);
    expect((await linked.bob.waitForMessage((m) => m.id === listId)).list?.sections[0].rows).toEqual([
      { id: 'r1', title: 'Soup' },
    ]);
    expect((await linked.bob.waitForMessage((m) => m.id === loc!.key.id)).location).toMatchObject({
      latitude: 52.5,
      longitude: 13.4,
      name: 'Shop',
    });
    expect((await linked.bob.waitForMessage((m) => m.id === card!.key.id)).vcards).toEqual([vcard]);
    expect((await linked.bob.waitForMessage((m) => m.id === quoted!.key.id)).quotedId).toBe(loc!.key.id);
  });

  it('decodes reactions, edits and deletes the app sends', async () => {
    const original = await linked.app.sock.sendMessage(linked.bob.jid, { text: 'typo' });
    // Copies: Baileys rewrites the key object it is given for edits and deletes.
    const key = () => ({ ...original!.key });
    const targetId = original!.key.id;
    await linked.app.sock.sendMessage(linked.bob.jid, { react: { text: '👍', key: key() } });
    await linked.app.sock.sendMessage(linked.bob.jid, { text: 'fixed', edit: key() });
    await linked.app.sock.sendMessage(linked.bob.jid, { delete: key() });
    expect((await linked.bob.waitForMessage((m) => m.reaction?.targetId === targetId)).reaction?.text).toBe(
      '👍',
    );
    const edit = await linked.bob.waitForMessage((m) => m.protocol?.type === 'MESSAGE_EDIT');
    expect(edit.protocol).toEqual({ type: 'MESSAGE_EDIT', targetId, editedText: 'fixed' });
    expect((await linked.bob.waitForMessage((m) => m.protocol?.type === 'REVOKE')).protocol?.targetId).toBe(
      targetId,
    );
  });

  it('answers not-on-WhatsApp for numbers without a phone', async () => {
    const result = await linked.app.sock.onWhatsApp('15559999999', linked.alice.number);
    expect(result).toEqual([{ jid: linked.alice.jid, exists: true }]);
  });
});
