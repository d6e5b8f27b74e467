// Normalizing Baileys messages: ignored chats, LID → phone, our own sends, protocol noise, reply kinds.
import { describe, expect, it } from 'vitest';
import { normalizeInbound, type AddressBook } from './inbound-normalize';

const book = (): AddressBook & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, phoneOfLid: (lid) => map.get(lid) ?? null, remember: (lid, pn) => void map.set(lid, pn) };
};

describe('normalizeInbound', () => {
  it('ignores status broadcasts, broadcast lists and newsletters', () => {
    for (const remoteJid of ['status@broadcast', '12345@broadcast', '1203@newsletter']) {
      expect(
        normalizeInbound(
          {
            key: { remoteJid, id: 'A', participant: '62812@s.whatsapp.net' },
            message: { conversation: 'x' },
          },
          book(),
          '62811',
        ),
      ).toBeNull();
    }
  });

  it('turns a @lid chat into the phone chat when the alternative or the map knows the number', () => {
    const addresses = book();
    const first = normalizeInbound(
      {
        key: { remoteJid: '999@lid', remoteJidAlt: '6281234567890@s.whatsapp.net', id: 'B' },
        message: { conversation: 'hi' },
        messageTimestamp: 10,
      },
      addresses,
      '62811',
    );
    expect(first).toMatchObject({
      chatJid: '6281234567890@s.whatsapp.net',
      sender: '6281234567890',
      senderLid: '999@lid',
      timestamp: 10_000,
    });
    const later = normalizeInbound(
      { key: { remoteJid: '999@lid', id: 'C' }, message: { conversation: 'again' } },
      addresses,
      '62811',
    );
    expect(later).toMatchObject({ chatJid: '6281234567890@s.whatsapp.net', sender: '6281234567890' });
  });

  it('keeps the @lid when no number is known, and marks our own sends with our number', () => {
    expect(
      normalizeInbound(
        { key: { remoteJid: '777@lid', id: 'D' }, message: { conversation: 'x' } },
        book(),
        '62811',
      ),
    ).toMatchObject({
      chatJid: '777@lid',
      sender: null,
      senderLid: '777@lid',
    });
    expect(
      normalizeInbound(
        {
          key: { remoteJid: '6281234567890@s.whatsapp.net', fromMe: true, id: 'E' },
          message: { conversation: 'x' },
        },
        book(),
        '62811',
      ),
    ).toMatchObject({ fromMe: true, sender: '62811', pushName: null });
  });

  it('skips protocol noise: key distribution and protocol messages alone', () => {
    const key = { remoteJid: '6281234567890@s.whatsapp.net', id: 'F' };
    expect(
      normalizeInbound({ key, message: { senderKeyDistributionMessage: { groupId: 'g' } } }, book(), '62811'),
    ).toBeNull();
    expect(normalizeInbound({ key, message: { protocolMessage: { type: 0 } } }, book(), '62811')).toBeNull();
    expect(normalizeInbound({ key, message: null }, book(), '62811')).toBeNull();
  });

  it('reads template button replies and native flow replies with the chosen id', () => {
    const key = { remoteJid: '6281234567890@s.whatsapp.net', id: 'G' };
    expect(
      normalizeInbound(
        {
          key,
          message: { templateButtonReplyMessage: { selectedId: 't1', selectedDisplayText: 'Kunjungi' } },
        },
        book(),
        '1',
      ),
    ).toMatchObject({
      type: 'template_reply',
      body: 'Kunjungi',
      selectedId: 't1',
    });
    expect(
      normalizeInbound(
        {
          key,
          message: {
            interactiveResponseMessage: {
              body: { text: 'Ya' },
              nativeFlowResponseMessage: { name: 'quick_reply', paramsJson: '{"id":"2"}' },
            },
          },
        },
        book(),
        '1',
      ),
    ).toMatchObject({ type: 'interactive_reply', body: 'Ya', selectedId: '2' });
  });
});
