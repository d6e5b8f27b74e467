import { proto } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { buildButtons, buildList, buildTemplate } from './build-interactive';
import { buildContact, buildVcard } from './build-contact';
import { buildLocation } from './build-location';
import { buildMedia, documentFileName } from './build-media';
import { buildPoll } from './build-poll';
import { buildText } from './build-text';
import { buttonsAsPoll, buttonsAsTextMenu, listAsTextMenu, templateAsText } from './build-fallbacks';
import { nativeFlowBizNode } from './biz-node';
import { checkMedia, sniffMimetype } from './media-kinds';
import type { OutgoingContent } from './sender';

const now = new Date('2026-01-02T03:04:05Z');

/** What goes over the wire: encode the raw proto and decode it again. */
function wire(content: OutgoingContent) {
  if (content.kind !== 'raw') throw new Error('expected a raw proto');
  const bytes = proto.Message.encode(content.message).finish();
  return proto.Message.decode(bytes);
}
const params = (button: { buttonParamsJson?: string | null }) => JSON.parse(button.buttonParamsJson!);

describe('interactive builders (native flow + <biz>)', () => {
  it('buttons: top-level interactiveMessage with quick_reply buttons, ids 1..n, footer, and the mixed <biz> node', () => {
    const content = buildButtons(
      { message: 'Silahkan pilih opsi:', buttons: ['Pilihan 1', 'Pilihan 2'], footer: 'Wasender Powered' },
      now,
    );
    const message = wire(content);
    expect(message.viewOnceMessage).toBeFalsy();
    const im = message.interactiveMessage!;
    expect(im.body?.text).toBe('Silahkan pilih opsi:');
    expect(im.footer?.text).toBe('Wasender Powered');
    expect(im.header).toBeFalsy();
    expect(im.nativeFlowMessage?.buttons?.map((b) => b.name)).toEqual(['quick_reply', 'quick_reply']);
    expect(im.nativeFlowMessage!.buttons!.map(params)).toEqual([
      { display_text: 'Pilihan 1', id: '1' },
      { display_text: 'Pilihan 2', id: '2' },
    ]);
    expect(content.choices).toEqual([
      { id: '1', text: 'Pilihan 1' },
      { id: '2', text: 'Pilihan 2' },
    ]);
    expect(content.kind === 'raw' && content.additionalNodes).toEqual([nativeFlowBizNode(now)]);
  });

  it('the <biz> node: attrs, interactive/native_flow child and quality_control', () => {
    expect(nativeFlowBizNode(now)).toEqual({
      tag: 'biz',
      attrs: {
        actual_actors: '2',
        host_storage: '2',
        privacy_mode_ts: String(Date.UTC(2026, 0, 2, 3, 4, 5) / 1000),
      },
      content: [
        {
          tag: 'interactive',
          attrs: { type: 'native_flow', v: '1' },
          content: [{ tag: 'native_flow', attrs: { v: '9', name: 'mixed' } }],
        },
        { tag: 'quality_control', attrs: { source_type: 'third_party' } },
      ],
    });
  });

  it('buttons with a header image: the bytes handed to the session, the header declared only after the upload', () => {
    const header = { type: 'image' as const, data: Buffer.from([0xff, 0xd8, 0xff]), mimetype: 'image/jpeg' };
    const content = buildButtons({ message: 'm', buttons: ['A'], header }, now);
    expect(wire(content).interactiveMessage?.header).toBeFalsy();
    expect(content.kind === 'raw' && content.headerMedia).toEqual(header);
  });

  it('template: cta_call with the number, cta_url with url and merchant_url', () => {
    const content = buildTemplate(
      {
        message: 'Hubungi kami atau kunjungi situs:',
        buttons: [
          { type: 'call', label: 'Hubungi Kami', phone: '+628123456789' },
          { type: 'url', label: 'Kunjungi Situs', url: 'https://google.com' },
        ],
        footer: 'Wasender Systems',
      },
      now,
    );
    const buttons = wire(content).interactiveMessage!.nativeFlowMessage!.buttons!;
    expect(buttons.map((b) => b.name)).toEqual(['cta_call', 'cta_url']);
    expect(params(buttons[0])).toEqual({ display_text: 'Hubungi Kami', phone_number: '+628123456789' });
    expect(params(buttons[1])).toEqual({
      display_text: 'Kunjungi Situs',
      url: 'https://google.com',
      merchant_url: 'https://google.com',
    });
    expect(content.choices).toBeUndefined();
  });

  it('list: single_select with buttontext as title, one section named `name`, rows with ids, title as header', () => {
    const content = buildList(
      {
        title: 'Menu Layanan',
        name: 'Pilih Layanan',
        message: 'Silahkan pilih:',
        buttonText: 'Lihat Menu',
        rows: ['Layanan A', 'Layanan B'],
        footer: 'f',
      },
      now,
    );
    const im = wire(content).interactiveMessage!;
    expect(im.header?.title).toBe('Menu Layanan');
    expect(im.header?.hasMediaAttachment).toBe(false);
    expect(im.body?.text).toBe('Silahkan pilih:');
    const [button] = im.nativeFlowMessage!.buttons!;
    expect(button.name).toBe('single_select');
    expect(params(button)).toEqual({
      title: 'Lihat Menu',
      sections: [
        {
          title: 'Pilih Layanan',
          rows: [
            { id: '1', title: 'Layanan A' },
            { id: '2', title: 'Layanan B' },
          ],
        },
      ],
    });
  });
});

describe('fallbacks', () => {
  it('buttons as a numbered text menu ("Balas 1/2") with the footer in italics', () => {
    const content = buttonsAsTextMenu({ message: 'Pilih:', buttons: ['Ya', 'Tidak'], footer: 'Toko' });
    expect(content).toEqual({
      kind: 'content',
      content: { text: 'Pilih:\n\n1. Ya\n2. Tidak\n\nBalas 1/2\n\n_Toko_' },
      choices: [
        { id: '1', text: 'Ya' },
        { id: '2', text: 'Tidak' },
      ],
    });
  });

  it('a list as a text menu keeps title and section name', () => {
    const content = listAsTextMenu({
      title: 'Menu',
      name: 'Layanan',
      message: 'Pilih:',
      buttonText: 'Lihat',
      rows: ['A', 'B', 'C'],
    });
    expect(content.kind === 'content' && (content.content as { text: string }).text).toBe(
      '*Menu*\nPilih:\n\n*Layanan*\n\n1. A\n2. B\n3. C\n\nBalas 1/2/3',
    );
  });

  it('buttons as a single-choice poll', () => {
    expect(buttonsAsPoll({ message: 'Pilih:', buttons: ['Ya', 'Tidak'] })).toMatchObject({
      kind: 'content',
      content: { poll: { name: 'Pilih:', values: ['Ya', 'Tidak'], selectableCount: 1 } },
    });
  });

  it('template buttons as tappable numbers and links', () => {
    const content = templateAsText({
      message: 'Hubungi:',
      buttons: [
        { type: 'call', label: 'Telepon', phone: '+628123456789' },
        { type: 'url', label: 'Situs', url: 'https://google.com' },
      ],
    });
    expect(content.kind === 'content' && (content.content as { text: string }).text).toBe(
      'Hubungi:\n\n📞 Telepon: +628123456789\n🔗 Situs: https://google.com',
    );
  });
});

describe('content builders', () => {
  it('text is untouched', () => {
    expect(buildText('  *tebal*\n_miring_ ')).toEqual({
      kind: 'content',
      content: { text: '  *tebal*\n_miring_ ' },
    });
  });

  it('media: kind and mimetype per media_type, caption, voice note, document names', () => {
    const data = Buffer.from('x');
    expect(buildMedia({ type: 'image', data, mimetype: 'image/png', caption: 'c' })).toEqual({
      kind: 'content',
      content: { image: data, mimetype: 'image/png', caption: 'c' },
    });
    expect(buildMedia({ type: 'video', data, mimetype: 'video/mp4' })).toMatchObject({
      content: { video: data, mimetype: 'video/mp4' },
    });
    expect(buildMedia({ type: 'audio', data, mimetype: 'audio/ogg', ppt: true })).toEqual({
      kind: 'content',
      content: { audio: data, mimetype: 'audio/ogg; codecs=opus', ptt: true },
    });
    expect(buildMedia({ type: 'audio', data, mimetype: 'audio/mpeg' })).toEqual({
      kind: 'content',
      content: { audio: data, mimetype: 'audio/mpeg', ptt: false },
    });
    expect(
      buildMedia({
        type: 'xlsx',
        data,
        mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: 'laporan',
        caption: 'Q1',
      }),
    ).toEqual({
      kind: 'content',
      content: {
        document: data,
        mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: 'laporan.xlsx',
        caption: 'Q1',
      },
    });
    expect(documentFileName('pdf', '../../etc/Invoice 7.PDF')).toBe('Invoice 7.PDF');
    expect(documentFileName('zip', '')).toBe('file.zip');
  });

  it('media checks: magic bytes decide for generic types; a web page is refused', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
    expect(sniffMimetype(jpeg)).toBe('image/jpeg');
    expect(checkMedia('image', 'application/octet-stream', jpeg)).toEqual({ mimetype: 'image/jpeg' });
    expect(checkMedia('image', 'image/png', Buffer.from('x'))).toEqual({ mimetype: 'image/png' });
    expect(checkMedia('image', 'text/html; charset=utf-8', Buffer.from('<!doctype html>'))).toEqual({
      error: { problem: 'web_page', expected: 'image' },
    });
    expect(checkMedia('video', 'application/pdf', Buffer.from('%PDF-1.4'))).toEqual({
      error: { problem: 'wrong_type', expected: 'video', actual: 'application/pdf' },
    });
    expect(checkMedia('pdf', 'application/octet-stream', Buffer.from('%PDF'))).toEqual({
      mimetype: 'application/pdf',
    });
    expect(checkMedia('doc', '', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({
      mimetype: 'application/msword',
    });
  });

  it('poll, location and contact', () => {
    expect(buildPoll({ name: 'Kapan?', options: ['Pagi', 'Sore'], selectable: 0 })).toEqual({
      kind: 'content',
      content: { poll: { name: 'Kapan?', values: ['Pagi', 'Sore'], selectableCount: 0 } },
      choices: [
        { id: '1', text: 'Pagi' },
        { id: '2', text: 'Sore' },
      ],
    });
    expect(buildLocation({ latitude: -6.2, longitude: 106.8, name: 'Monas' })).toEqual({
      kind: 'content',
      content: { location: { degreesLatitude: -6.2, degreesLongitude: 106.8, name: 'Monas' } },
    });
    expect(buildVcard({ name: 'Budi; Santoso', phone: '6281234567890', organization: 'Toko, Maju' })).toBe(
      'BEGIN:VCARD\nVERSION:3.0\nFN:Budi\\; Santoso\nORG:Toko\\, Maju\nTEL;type=CELL;type=VOICE;waid=6281234567890:+62 812 3456 7890\nEND:VCARD',
    );
    expect(buildContact({ name: 'Budi', phone: '6281234567890' })).toMatchObject({
      content: {
        contacts: {
          displayName: 'Budi',
          contacts: [{ displayName: 'Budi', vcard: expect.stringContaining('waid=6281234567890') }],
        },
      },
    });
  });
});
