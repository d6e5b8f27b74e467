// The REST API end to end: seed payloads in every client encoding, through a linked session, to an emulated phone.
// What the API answers around sends (ref, message-status, check-number, device-info, logout): send-state.test.ts.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildButtons } from '../../electron/core/messages/build-interactive';
import { withUploadedHeader } from '../../electron/core/messages/header-media';
import { PNG, serveMediaFiles, type MediaFiles } from '../support/media-files';
import { callApi, type Encoding } from '../support/rest-client';
import { SENDER, sendToBudi, useSendSetup } from './send-setup';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const OGG = Buffer.concat([Buffer.from('OggS'), randomBytes(3000)]);
const PDF = Buffer.from(`%PDF-1.4 invoice ${randomBytes(8).toString('hex')}`);

const ctx = useSendSetup();
const send = (path: string, params: Record<string, unknown>, encoding?: Encoding) =>
  sendToBudi(ctx, path, params, encoding);
let media: MediaFiles;
let mediaUrl: string;

beforeAll(async () => {
  media = await serveMediaFiles({
    '/pixel.png': { type: 'image/png', body: PNG },
    '/voice.ogg': { type: 'audio/ogg', body: OGG },
  });
  mediaUrl = media.url;
});
afterAll(() => media?.close());

const clientEncodings: Encoding[] = ['php', 'python', 'json', 'multipart', 'get'];

describe('sends reach the phone with the right content', () => {
  for (const encoding of clientEncodings) {
    it(`seed payloads as ${encoding}: text, buttons, template and list`, async () => {
      const text = await send(
        '/send-message',
        { message: 'Hello from wasender API! *tebal*\n_miring_' },
        encoding,
      );
      expect(text.received.text).toBe('Hello from wasender API! *tebal*\n_miring_');

      const buttons = await send(
        '/send-button',
        { message: 'Silahkan pilih opsi:', button: ['Pilihan 1', 'Pilihan 2'], footer: 'Wasender Powered' },
        encoding,
      );
      expect(buttons.received.text).toBe('Silahkan pilih opsi:');
      expect(buttons.received.nativeFlow).toEqual([
        { name: 'quick_reply', params: { display_text: 'Pilihan 1', id: '1' } },
        { name: 'quick_reply', params: { display_text: 'Pilihan 2', id: '2' } },
      ]);
      expect(buttons.received.extraNodes.find((n) => n.tag === 'biz')).toBeTruthy();

      const template = await send(
        '/send-template',
        {
          message: 'Hubungi kami atau kunjungi situs:',
          template: ['call|Hubungi Kami|628123456789', 'url|Kunjungi Situs|google.com'],
          footer: 'Wasender Systems',
        },
        encoding,
      );
      expect(template.received.nativeFlow).toEqual([
        { name: 'cta_call', params: { display_text: 'Hubungi Kami', phone_number: '+628123456789' } },
        {
          name: 'cta_url',
          params: {
            display_text: 'Kunjungi Situs',
            url: 'https://google.com',
            merchant_url: 'https://google.com',
          },
        },
      ]);

      const list = await send(
        '/send-list',
        {
          title: 'Menu Layanan',
          name: 'Pilih Layanan',
          message: 'Silahkan pilih menu di bawah ini:',
          buttontext: 'Lihat Menu',
          list: ['Layanan A', 'Layanan B', 'Layanan C'],
          footer: 'Wasender Powered',
        },
        encoding,
      );
      expect(list.received.nativeFlow).toEqual([
        {
          name: 'single_select',
          params: {
            title: 'Lihat Menu',
            sections: [
              {
                title: 'Pilih Layanan',
                rows: [
                  { id: '1', title: 'Layanan A' },
                  { id: '2', title: 'Layanan B' },
                  { id: '3', title: 'Layanan C' },
                ],
              },
            ],
          },
        },
      ]);
    });
  }

  it('media: image from a URL with caption, a voice note, and an uploaded PDF with its name', async () => {
    const image = await send(
      '/send-media',
      { media_type: 'image', url: `${mediaUrl}/pixel.png`, caption: 'Hello from API!' },
      'php',
    );
    expect(image.received).toMatchObject({ type: 'imageMessage', caption: 'Hello from API!' });
    expect(image.received.media).toMatchObject({
      kind: 'image',
      mimetype: 'image/png',
      sha256: sha256(PNG),
      sha256Matches: true,
    });

    const voice = await send(
      '/send-media',
      { media_type: 'audio', url: `${mediaUrl}/voice.ogg`, ppt: 'true' },
      'python',
    );
    expect(voice.received).toMatchObject({ type: 'audioMessage', ptt: true });
    expect(voice.received.media).toMatchObject({
      mimetype: 'audio/ogg; codecs=opus',
      sha256: sha256(OGG),
      sha256Matches: true,
    });

    const pdf = new File([PDF], 'Invoice Mei.pdf', { type: 'application/pdf' });
    const doc = await send('/send-media', { media_type: 'pdf', file: pdf, caption: 'Tagihan' }, 'multipart');
    expect(doc.received.media).toMatchObject({
      kind: 'document',
      fileName: 'Invoice Mei.pdf',
      mimetype: 'application/pdf',
      sha256: sha256(PDF),
      sha256Matches: true,
    });

    const broken = await callApi(ctx.core.api.url, '/send-media', {
      api_key: ctx.key,
      sender: SENDER,
      number: ctx.budi.number,
      media_type: 'image',
      url: `${mediaUrl}/missing.jpg`,
    });
    expect(broken.status).toBe(422);
    expect(broken.body).toEqual({
      status: false,
      msg: 'Invalid data!',
      message: 'Invalid data!',
      errors: { url: ['The url could not be downloaded: the server answered HTTP 404.'] },
    });
  });

  it('poll, location and contact card', async () => {
    const poll = await send('/send-poll', { name: 'Jam berapa?', option: ['Pagi', 'Sore'] }, 'python');
    expect(poll.received.poll).toEqual({
      name: 'Jam berapa?',
      options: ['Pagi', 'Sore'],
      selectableCount: 1,
    });
    const location = await send(
      '/send-location',
      { latitude: '-6.175392', longitude: '106.827153', name: 'Monas' },
      'php',
    );
    expect(location.received.location).toMatchObject({
      latitude: -6.175392,
      longitude: 106.827153,
      name: 'Monas',
    });
    const contact = await send('/send-contact', { name: 'Budi Santoso', phone: '0812-3456-7890' });
    expect(contact.received.vcards?.[0]).toContain(
      'TEL;type=CELL;type=VOICE;waid=6281234567890:+62 812 3456 7890',
    );
  });

  it('several recipients with "|", a quoted reply with msgid, and Indonesian 08… notation', async () => {
    const first = await send('/send-message', { message: 'pertama' });
    const response = await callApi(
      ctx.core.api.url,
      '/send-message',
      {
        api_key: ctx.key,
        sender: '0812-3456-7101',
        number: `0${ctx.budi.number.slice(2)}|${ctx.sari.number}`,
        message: 'untuk semua',
        msgid: first.response.body.id,
      },
      'php',
    );
    expect(response.body).toMatchObject({
      status: true,
      msg: 'Message sent successfully!',
      message: 'Message sent successfully!',
      id: expect.any(String),
      results: [
        { number: ctx.budi.number, status: true },
        { number: ctx.sari.number, status: true },
      ],
    });
    const [toBudi, toSari] = response.body.results;
    expect((await ctx.budi.waitForMessage((m) => m.id === toBudi.id)).quotedId).toBe(first.response.body.id);
    expect((await ctx.sari.waitForMessage((m) => m.id === toSari.id)).text).toBe('untuk semua');
  });

  it('a header image is uploaded by the session and referenced in the interactive header', async () => {
    const content = buildButtons({
      message: 'Promo',
      buttons: ['Beli'],
      header: { type: 'image', data: PNG, mimetype: 'image/png' },
    });
    if (content.kind !== 'raw') throw new Error('expected raw');
    const sock = ctx.core.sessions.byNumber(SENDER).openSocket();
    const message = await withUploadedHeader(content, sock.waUploadToServer);
    const { id } = await ctx.core.sender.send({
      sender: SENDER,
      to: `${ctx.budi.number}@s.whatsapp.net`,
      content: { kind: 'raw', message, additionalNodes: content.additionalNodes },
    });
    const received = await ctx.budi.waitForMessage((m) => m.id === id);
    const header = (
      received.message.interactiveMessage as {
        header: {
          hasMediaAttachment: boolean;
          imageMessage: { url: string; mimetype: string; fileSha256: unknown };
        };
      }
    ).header;
    expect(header.hasMediaAttachment).toBe(true);
    expect(header.imageMessage).toMatchObject({
      mimetype: 'image/png',
      url: expect.stringMatching(/^https?:/),
    });
    expect(received.nativeFlow).toEqual([{ name: 'quick_reply', params: { display_text: 'Beli', id: '1' } }]);
  });

  it('send-button with a header image link: buttons arrive with the uploaded image as header', async () => {
    const { received } = await send(
      '/send-button',
      { message: 'Promo', button: ['Beli'], url: `${mediaUrl}/pixel.png` },
      'php',
    );
    expect(received.nativeFlow).toEqual([{ name: 'quick_reply', params: { display_text: 'Beli', id: '1' } }]);
    const header = (
      received.message.interactiveMessage as {
        header?: { hasMediaAttachment?: boolean; imageMessage?: { mimetype?: string } };
      }
    ).header;
    expect(header?.hasMediaAttachment).toBe(true);
    expect(header?.imageMessage?.mimetype).toBe('image/png');
  });

  it('sends to a group by its id (…@g.us)', async () => {
    const group = await ctx.emu.createGroup(
      'Pelanggan',
      [SENDER, ctx.budi.number, ctx.sari.number],
      ctx.budi.number,
    );
    const response = await callApi(
      ctx.core.api.url,
      '/send-message',
      { api_key: ctx.key, sender: SENDER, number: group.jid, message: 'Halo grup' },
      'python',
    );
    expect(response.body).toMatchObject({ status: true, id: expect.any(String) });
    const received = await ctx.sari.waitForMessage((m) => m.id === response.body.id);
    expect(received).toMatchObject({ group: group.jid, text: 'Halo grup' });
  });
});
