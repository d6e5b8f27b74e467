// The REST API end to end: seed payloads in every client encoding, through a linked session, to an emulated phone.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { buildButtons } from '../../electron/core/messages/build-interactive';
import { withUploadedHeader } from '../../electron/core/messages/header-media';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { callApi, type Encoding } from '../support/rest-client';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const OGG = Buffer.concat([Buffer.from('OggS'), randomBytes(3000)]);
const PDF = Buffer.from(`%PDF-1.4 invoice ${randomBytes(8).toString('hex')}`);
const SENDER = '6281234567101';

let emu: Emulator;
let core: Core;
let budi: Phone;
let sari: Phone;
let media: Server;
let mediaUrl: string;
let key: string;

beforeAll(async () => {
  media = createServer((req, res) => {
    if (req.url === '/pixel.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (req.url === '/voice.ogg') return res.writeHead(200, { 'content-type': 'audio/ogg' }).end(OGG);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(media.address() as { port: number }).port}`;
  emu = await startEmulator();
  budi = emu.createPhone('6281234567102', 'Budi');
  sari = emu.createPhone('6281234567103', 'Sari');
  core = await startCoreAgainst(emu);
  await linkDeviceByQr(core, emu, SENDER, 'Toko');
  key = core.settings.get().apiKey;
}, 60_000);
afterAll(async () => {
  await core?.close();
  expect(emu.faults.errors).toEqual([]);
  await emu?.close();
  media?.close();
});

async function send(path: string, params: Record<string, unknown>, encoding: Encoding = 'json') {
  const response = await callApi(
    core.api.url,
    path,
    { api_key: key, sender: SENDER, number: budi.number, ...params },
    encoding,
  );
  expect(response.body, `${path} ${encoding}`).toMatchObject({
    status: true,
    msg: 'Message sent successfully!',
    message: 'Message sent successfully!',
    id: expect.any(String),
  });
  expect(response.status).toBe(200);
  return { response, received: await budi.waitForMessage((m) => m.id === response.body.id) };
}

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

    const broken = await callApi(core.api.url, '/send-media', {
      api_key: key,
      sender: SENDER,
      number: budi.number,
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
      core.api.url,
      '/send-message',
      {
        api_key: key,
        sender: '0812-3456-7101',
        number: `0${budi.number.slice(2)}|${sari.number}`,
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
        { number: budi.number, status: true },
        { number: sari.number, status: true },
      ],
    });
    const [toBudi, toSari] = response.body.results;
    expect((await budi.waitForMessage((m) => m.id === toBudi.id)).quotedId).toBe(first.response.body.id);
    expect((await sari.waitForMessage((m) => m.id === toSari.id)).text).toBe('untuk semua');
  });

  it('a retried request with the same ref answers the first result and sends once', async () => {
    const params = {
      api_key: key,
      sender: SENDER,
      number: budi.number,
      message: 'sekali saja',
      ref: `order-${randomBytes(4).toString('hex')}`,
    };
    const first = await callApi(core.api.url, '/send-message', params, 'php');
    const retry = await callApi(core.api.url, '/send-message', params, 'php');
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    await budi.waitForMessage((m) => m.id === first.body.id);
    // A later message to the same chat arrives after any duplicate would have (one chat is sent in order).
    const marker = await callApi(
      core.api.url,
      '/send-message',
      { ...params, message: 'penanda', ref: undefined },
      'php',
    );
    await budi.waitForMessage((m) => m.id === marker.body.id);
    expect(budi.messages.filter((m) => m.text === 'sekali saja')).toHaveLength(1);
  });

  it('message-status follows the delivery receipts of a sent message', async () => {
    const { response } = await send('/send-message', { message: 'status?' });
    const id = response.body.id;
    let answer: Awaited<ReturnType<typeof callApi>> | undefined;
    for (let i = 0; i < 100; i++) {
      answer = await callApi(core.api.url, '/message-status', { api_key: key, id }, 'get');
      if (answer.body.message_status === 'delivered') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answer!.body).toEqual({
      status: true,
      msg: 'Message found',
      message: 'Message found',
      id,
      message_status: 'delivered',
      number: budi.number,
      sender: SENDER,
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('check-number and device-info through the live session', async () => {
    const known = await callApi(
      core.api.url,
      '/check-number',
      { api_key: key, sender: SENDER, number: `0${sari.number.slice(2)}` },
      'get',
    );
    expect(known.body).toEqual({
      status: true,
      msg: 'Number is registered on WhatsApp',
      message: 'Number is registered on WhatsApp',
      number: sari.number,
      exists: true,
      jid: `${sari.number}@s.whatsapp.net`,
    });
    const unknown = await callApi(core.api.url, '/check-number', {
      api_key: key,
      sender: SENDER,
      number: '6281299999999',
    });
    expect(unknown.body).toMatchObject({ status: false, exists: false, jid: null });
    const info = await callApi(core.api.url, '/device-info', { api_key: key, sender: SENDER });
    expect(info.body).toMatchObject({
      status: true,
      device: { number: SENDER, status: 'open', connected: true },
    });
  });

  it('a header image is uploaded by the session and referenced in the interactive header', async () => {
    const content = buildButtons({
      message: 'Promo',
      buttons: ['Beli'],
      header: { type: 'image', data: PNG, mimetype: 'image/png' },
    });
    if (content.kind !== 'raw') throw new Error('expected raw');
    const sock = core.sessions.byNumber(SENDER).openSocket();
    const message = await withUploadedHeader(content, sock.waUploadToServer);
    const { id } = await core.sender.send({
      sender: SENDER,
      to: `${budi.number}@s.whatsapp.net`,
      content: { kind: 'raw', message, additionalNodes: content.additionalNodes },
    });
    const received = await budi.waitForMessage((m) => m.id === id);
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

  it('interactive messages are stored like any other: message-status finds a sent list', async () => {
    const { response } = await send('/send-list', {
      title: 'Menu',
      name: 'Layanan',
      message: 'Pilih:',
      buttontext: 'Lihat',
      list: ['A', 'B'],
    });
    const id = response.body.id;
    await expect
      .poll(async () => (await callApi(core.api.url, '/message-status', { api_key: key, id }, 'get')).body, {
        timeout: 5000,
      })
      .toMatchObject({ status: true, id, message_status: expect.stringMatching(/^(sent|delivered|read)$/) });
  });

  it('sends to a group by its id (…@g.us)', async () => {
    const group = await emu.createGroup('Pelanggan', [SENDER, budi.number, sari.number], budi.number);
    const response = await callApi(
      core.api.url,
      '/send-message',
      { api_key: key, sender: SENDER, number: group.jid, message: 'Halo grup' },
      'python',
    );
    expect(response.body).toMatchObject({ status: true, id: expect.any(String) });
    const received = await sari.waitForMessage((m) => m.id === response.body.id);
    expect(received).toMatchObject({ group: group.jid, text: 'Halo grup' });
  });

  // Last: it unlinks the device.
  it('logout-device unlinks the device; sends then answer "Failed to access whatsapp server"', async () => {
    const out = await callApi(core.api.url, '/logout-device', { api_key: key, device: SENDER }, 'php');
    expect(out.body).toEqual({
      status: true,
      msg: 'Device logged out successfully!',
      message: 'Device logged out successfully!',
    });
    const info = await callApi(core.api.url, '/device-info', { api_key: key, sender: SENDER });
    expect(info.body).toMatchObject({ device: { status: 'logged_out', connected: false } });
    const after = await callApi(core.api.url, '/send-message', {
      api_key: key,
      sender: SENDER,
      number: budi.number,
      message: 'x',
    });
    expect(after.status).toBe(503);
    expect(after.body).toEqual({
      status: false,
      msg: 'Failed to send message!',
      message: 'Failed to send message!',
      errors: 'Failed to access whatsapp server',
    });
  });
});
