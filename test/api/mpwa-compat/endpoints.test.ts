// Issue 14, point 7 (and 8's footer): the endpoints MPWA scripts call besides the documented six, with MPWA's
// parameter names — routes from zymzz-id/MPWA routes/api.php: /send-sticker, /send-poll, /send-vcard,
// /send-location, /check-number, /info-devices, /logout-device — against the emulated phone.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMediaFiles, type MediaFiles } from '../../support/media-files';
import { callApi, encodings, type Encoding } from '../../support/rest-client';
import { SENT, sendAndReceive, useCompat } from './harness';

const ctx = useCompat('6281234567181', '6281234567182');
let images: MediaFiles;
let imagesUrl: string;
let wide: Buffer;

beforeAll(async () => {
  wide = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#d32f2f' } })
    .png()
    .toBuffer();
  images = await serveMediaFiles({
    '/banner.png': { type: 'image/png', body: wide },
    '/notes.txt': { type: 'text/plain', body: 'bukan gambar' },
  });
  imagesUrl = images.url;
});
afterAll(() => images?.close());

describe('7: /send-sticker', () => {
  for (const encoding of ['php', 'json', 'get'] as Encoding[]) {
    it(`url → a 512×512 WebP sticker with the picture fitted inside (${encoding})`, async () => {
      const { received } = await sendAndReceive(
        ctx,
        '/send-sticker',
        { url: `${imagesUrl}/banner.png` },
        encoding,
      );
      expect(received.type).toBe('stickerMessage');
      expect(received.media).toMatchObject({ kind: 'sticker', mimetype: 'image/webp', sha256Matches: true });
      const meta = await sharp(received.media!.data!).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: 512, height: 512, hasAlpha: true });
      // Letterboxed, not stretched: the top row is transparent, the middle is the banner's red.
      const { data } = await sharp(received.media!.data!).raw().toBuffer({ resolveWithObject: true });
      expect(data[3]).toBe(0);
      const middle = (256 * 512 + 256) * 4;
      // WebP is lossy: each channel within a few steps of the banner's #d32f2f, fully opaque.
      const [r, g, b, a] = data.subarray(middle, middle + 4);
      expect([Math.abs(r - 0xd3), Math.abs(g - 0x2f), Math.abs(b - 0x2f)].every((d) => d <= 4)).toBe(true);
      expect(a).toBe(255);
    });
  }

  it('an uploaded file works too; a link that is no image is a 422 on url', async () => {
    const file = new File([new Uint8Array(wide)], 'banner.png', { type: 'image/png' });
    const { received } = await sendAndReceive(ctx, '/send-sticker', { file }, 'multipart');
    expect(received.type).toBe('stickerMessage');
    const bad = await callApi(ctx.url, '/send-sticker', {
      api_key: ctx.key,
      sender: ctx.sender,
      number: ctx.phone.number,
      url: `${imagesUrl}/notes.txt`,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.url[0]).toMatch(/^The url is /);
    const none = await callApi(ctx.url, '/send-sticker', {
      api_key: ctx.key,
      sender: ctx.sender,
      number: '62812',
    });
    expect(none.body.errors.url).toEqual(['The url field is required when file is not present.']);
  });
});

describe('7: /send-poll with MPWA names (name, option[], countable "1"/"0")', () => {
  const cases: Array<[Encoding, unknown, number]> = [
    ['php', '1', 1],
    ['php', '0', 0],
    ['python', '1', 1],
    ['get', '0', 0],
    ['json', true, 1],
    ['json', false, 0],
    ['multipart', '1', 1],
  ];
  for (const [encoding, countable, selectable] of cases) {
    it(`countable=${JSON.stringify(countable)} as ${encoding}`, async () => {
      const { received } = await sendAndReceive(
        ctx,
        '/send-poll',
        { name: 'Jam berapa?', option: ['Pagi', 'Siang', 'Sore'], countable },
        encoding,
      );
      expect(received.poll).toEqual({
        name: 'Jam berapa?',
        options: ['Pagi', 'Siang', 'Sore'],
        selectableCount: selectable,
      });
    });
  }
});

describe('7: /send-vcard and /send-location with MPWA names', () => {
  for (const encoding of encodings) {
    it(`send-vcard name + phone, send-location latitude/longitude/name/address (${encoding})`, async () => {
      const card = await sendAndReceive(
        ctx,
        '/send-vcard',
        { name: 'Budi Santoso', phone: '0812-3456-7890' },
        encoding,
      );
      expect(card.received.vcards?.[0]).toContain('FN:Budi Santoso');
      expect(card.received.vcards?.[0]).toContain('waid=6281234567890');
      const pin = await sendAndReceive(
        ctx,
        '/send-location',
        { latitude: '-6.175392', longitude: '106.827153', name: 'Monas', address: 'Jakarta Pusat' },
        encoding,
      );
      expect(pin.received.location).toEqual({
        latitude: -6.175392,
        longitude: 106.827153,
        name: 'Monas',
        address: 'Jakarta Pusat',
      });
    });
  }
});

describe('8: footer on send-message and send-media goes under the text, as MPWA writes it', () => {
  for (const encoding of encodings) {
    it(encoding, async () => {
      const text = await sendAndReceive(
        ctx,
        '/send-message',
        { message: 'Halo', footer: 'Toko Maju' },
        encoding,
      );
      expect(text.received.text).toBe('Halo\n\n> _Toko Maju_');
      expect(text.answer.body.msg).toBe(SENT);
      const image = await sendAndReceive(
        ctx,
        '/send-media',
        { media_type: 'image', url: `${ctx.mediaUrl}/pixel.png`, caption: 'Promo', footer: 'Toko Maju' },
        encoding,
      );
      expect(image.received.caption).toBe('Promo\n\n> _Toko Maju_');
    });
  }
});

describe('7: /check-number, /info-devices, /logout-device', () => {
  it('check-number answers 200 with exists, for a number on WhatsApp and one that is not', async () => {
    const on = await callApi(
      ctx.url,
      '/check-number',
      { api_key: ctx.key, sender: ctx.sender, number: ctx.phone.number },
      'get',
    );
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({
      status: true,
      exists: true,
      number: ctx.phone.number,
      message: on.body.msg,
    });
    const off = await callApi(ctx.url, '/check-number', {
      api_key: ctx.key,
      sender: ctx.sender,
      number: '6281299999999',
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ status: false, exists: false, jid: null });
  });

  it("info-devices lists the devices with MPWA's body and status, one with number, 400 for none", async () => {
    const all = await callApi(ctx.url, '/info-devices', { api_key: ctx.key }, 'get');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ status: true, msg: 'Devices found', message: 'Devices found' });
    expect(all.body.info).toEqual([
      {
        body: ctx.sender,
        status: 'Connected',
        device: expect.objectContaining({ number: ctx.sender, connected: true, status: 'open' }),
      },
    ]);
    const one = await callApi(
      ctx.url,
      '/info-devices',
      { api_key: ctx.key, number: `0${ctx.sender.slice(2)}` },
      'php',
    );
    expect(one.body.info.map((d: { body: string }) => d.body)).toEqual([ctx.sender]);
    const none = await callApi(ctx.url, '/info-devices', { api_key: ctx.key, number: '6281200000000' });
    expect(none.status).toBe(400);
    expect(none.body.status).toBe(false);
  });

  it('logout-device (last: it unlinks the device) answers 200, then sends answer 503', async () => {
    const out = await callApi(ctx.url, '/logout-device', { api_key: ctx.key, sender: ctx.sender }, 'php');
    expect(out).toMatchObject({
      status: 200,
      body: {
        status: true,
        msg: 'Device logged out successfully!',
        message: 'Device logged out successfully!',
      },
    });
    const after = await callApi(ctx.url, '/send-message', {
      api_key: ctx.key,
      sender: ctx.sender,
      number: ctx.phone.number,
      message: 'x',
    });
    expect(after.status).toBe(503);
  });
});
