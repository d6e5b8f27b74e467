// Status (Stories) end to end against the emulator: a post reaches only its audience, text keeps its look, an
// image its bytes and caption, viewers come back from the phones' read receipts, bad input is refused in
// Laravel's words, and a campaign can post its message as Status when it starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import type { StatusPost } from '../../shared/status-contract';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { statusesOf, STATUS_BROADCAST } from '../emulator/status-broadcast';
import { PNG } from '../support/media-files';
import { callApi } from '../support/rest-client';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SENDER = '6281234567301';

let emu: Emulator;
let core: Core;
let shop: Phone;
let budi: Phone;
let sari: Phone;
let eko: Phone;
let deviceId: number;
let key: string;

/** Re-checks a condition until it holds (the app stores receipts as they come; nothing to subscribe to here). */
async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string) {
  const deadline = Date.now() + 8000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function postOf(waId: string): Promise<StatusPost | undefined> {
  return (await core.rpc.invoke('status.list', { deviceId })).find((p) => p.waId === waId);
}

beforeAll(async () => {
  emu = await startEmulator();
  budi = emu.createPhone('6281234567302', 'Budi');
  sari = emu.createPhone('6281234567303', 'Sari');
  eko = emu.createPhone('6281234567304', 'Eko');
  core = await startCoreAgainst(emu);
  ({ phone: shop } = await linkDeviceByQr(core, emu, SENDER, 'Toko'));
  deviceId = (await core.rpc.invoke('devices.list')).find((d) => d.number === SENDER)!.id;
  key = core.settings.get().apiKey;
  // Budi and Sari have chats with the shop ("all contacts"); Eko never wrote.
  await budi.sendText(shop.jid, 'Halo, masih buka?');
  await sari.sendText(shop.jid, 'Pesan 2 ya');
  await until(
    async () => (await core.rpc.invoke('status.audience', { deviceId })).count === 2,
    'two chats in the inbox',
  );
}, 60_000);

afterAll(async () => {
  await core?.close();
  expect(emu?.faults.errors).toEqual([]);
  await emu?.close();
});

describe('/send-status', () => {
  it('posts a text status with its colour and font to the chosen contacts only, and records who viewed it', async () => {
    const response = await callApi(core.api.url, '/send-status', {
      api_key: key,
      sender: SENDER,
      type: 'text',
      message: 'Promo hari ini: diskon 20%!',
      background_color: '#128C7E',
      font: 1,
      recipients: `${budi.number}|0${sari.number.slice(2)}`,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: true,
      msg: 'Status posted successfully!',
      audience: 2,
      id: expect.any(String),
    });
    const id = response.body.id as string;
    for (const phone of [budi, sari]) {
      const got = await phone.waitForMessage((m) => m.id === id);
      expect(got).toMatchObject({ group: STATUS_BROADCAST, text: 'Promo hari ini: diskon 20%!' });
      const text = got.message.extendedTextMessage as { backgroundArgb?: number; font?: string } | undefined;
      expect(text?.backgroundArgb).toBe(0xff128c7e);
      // FontType 1 (the decoder names enums).
      expect(text?.font).toBe('SYSTEM_TEXT');
    }
    // The shop's own phone gets its copy ("My status"); the fan-out is done once both deliveries are stored.
    await until(async () => (await postOf(id))?.delivered === 2, 'two deliveries');
    expect(statusesOf(eko)).toEqual([]);

    // The emulator's controls: what a phone got, its demo page's button, and viewing it.
    const control = (path: string, init?: RequestInit) => fetch(`${emu.httpUrl}${path}`, init);
    expect(await (await control(`/phones/${eko.number}/statuses`)).json()).toEqual([]);
    expect(await (await control('/')).text()).toContain(`/phones/${budi.number}/statuses/${id}/view`);
    const view = await control(`/phones/${budi.number}/statuses/${id}/view`, { method: 'POST' });
    expect(await view.json()).toEqual({ ok: true, id });
    expect((await control(`/phones/${eko.number}/statuses/${id}/view`, { method: 'POST' })).status).toBe(404);
    const viewed = await until(async () => {
      const post = await postOf(id);
      return post?.viewers.length === 1 ? post : undefined;
    }, 'a viewer');
    expect(viewed.viewers).toEqual([
      { phone: budi.number, name: 'Budi', deliveredAt: expect.any(Number), viewedAt: expect.any(Number) },
    ]);
  });

  it('is documented in the OpenAPI document and on /docs', async () => {
    const openapi = await (await fetch(`${core.api.url}/openapi.json`)).json();
    const post = openapi.paths['/send-status'].post;
    expect(JSON.stringify(post)).toContain('background_color');
    expect(JSON.stringify(post)).toContain('contact_list');
    const docs = await (await fetch(`${core.api.url}/docs`)).text();
    expect(docs).toContain('/send-status');
  });

  it('refuses bad input in Laravel words, all fields at once', async () => {
    const bad = await callApi(core.api.url, '/send-status', {
      api_key: key,
      type: 'text',
      background_color: 'green',
      font: 3,
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toEqual({
      status: false,
      msg: 'Invalid data!',
      message: 'Invalid data!',
      errors: {
        sender: ['The sender field is required.'],
        message: ['The message field is required when type is text.'],
        background_color: ['The background color format is invalid.'],
        font: ['The selected font is invalid.'],
      },
    });
    const media = await callApi(core.api.url, '/send-status', {
      api_key: key,
      sender: SENDER,
      type: 'sticker',
    });
    expect(media.body.errors).toEqual({ type: ['The selected type is invalid.'] });
    const image = await callApi(core.api.url, '/send-status', {
      api_key: key,
      sender: SENDER,
      type: 'image',
    });
    expect(image.body.errors).toEqual({ url: ['The url field is required when file is not present.'] });
    const list = await callApi(core.api.url, '/send-status', {
      api_key: key,
      sender: SENDER,
      type: 'text',
      message: 'x',
      contact_list: 999,
    });
    expect(list.status).toBe(422);
    expect(list.body.errors).toEqual({ contact_list: ['The selected contact list is invalid.'] });
    const stranger = await callApi(core.api.url, '/send-status', {
      api_key: key,
      sender: '6281299999999',
      type: 'text',
      message: 'x',
    });
    expect(stranger.status).toBe(404);
  });
});

describe('status.post (Compose) and campaigns', () => {
  it('posts an image with caption to "all contacts": the numbers the inbox knows', async () => {
    expect(await core.rpc.invoke('status.audience', { deviceId })).toEqual({ count: 2 });
    const post = await core.rpc.invoke('status.post', {
      params: { sender: SENDER, type: 'image', caption: 'Menu baru' },
      file: { name: 'menu.png', mimetype: 'image/png', dataBase64: PNG.toString('base64') },
    });
    expect(post).toMatchObject({ type: 'image', text: 'Menu baru', audience: 2, viewers: [] });
    for (const phone of [budi, sari]) {
      const got = await phone.waitForMessage((m) => m.id === post.waId);
      expect(got).toMatchObject({ group: STATUS_BROADCAST, type: 'imageMessage', caption: 'Menu baru' });
      expect(got.media?.sha256Matches).toBe(true);
    }
    await until(async () => (await postOf(post.waId!))?.delivered === 2, 'two deliveries');
    expect(statusesOf(eko)).toEqual([]);
  });

  it('a campaign with "also post as Status" posts its text once, to its recipients, when it starts', async () => {
    const list = await core.rpc.invoke('contacts.importText', {
      name: 'Status',
      text: `${eko.number}, Eko`,
    });
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Promo Status',
      listId: list.list.id,
      content: { kind: 'text', text: 'Halo {{name}}, promo minggu ini' },
      deviceIds: [deviceId],
      alsoStatus: true,
      start: true,
    });
    const status = await eko.waitForMessage((m) => m.group === STATUS_BROADCAST);
    expect(status.text).toBe('Halo , promo minggu ini');
    const posts = await core.rpc.invoke('status.list', { deviceId });
    expect(posts.find((p) => p.waId === status.id)).toMatchObject({ campaignId: campaign.id, audience: 1 });
    // Paused and resumed: it was posted once already.
    await core.rpc.invoke('broadcasts.pause', { id: campaign.id });
    await core.rpc.invoke('broadcasts.resume', { id: campaign.id });
    await core.rpc.invoke('broadcasts.cancel', { id: campaign.id });
    const ofCampaign = (await core.rpc.invoke('status.list', { deviceId })).filter(
      (p) => p.campaignId === campaign.id,
    );
    expect(ofCampaign).toHaveLength(1);
    expect(statusesOf(budi).map((m) => m.id)).not.toContain(status.id);

    await expect(
      core.rpc.invoke('broadcasts.create', {
        name: 'Tombol',
        listId: list.list.id,
        content: { kind: 'buttons', text: 'Pilih', buttons: ['A'] },
        deviceIds: [deviceId],
        alsoStatus: true,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  // Last: a 429 makes the number rest (broadcast governor), which would hold the campaign above.
  it('keeps the code when WhatsApp refuses a post (an error ack)', async () => {
    emu.faults.rateLimitNext(1);
    const post = await core.rpc.invoke('status.post', {
      params: { sender: SENDER, type: 'text', message: 'Ditolak', recipients: budi.number },
    });
    const refused = await until(async () => (await postOf(post.waId!))?.error, 'the error ack');
    expect(refused).toBe('429');
  });
});
