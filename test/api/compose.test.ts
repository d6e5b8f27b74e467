// compose.send end to end: the compose page's contract call validates and sends exactly like the REST API,
// and each device's send style (interactive, poll, numbered text) decides what the phone gets for buttons and lists.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import type { MethodInput } from '../../shared/contract';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { PNG } from '../support/media-files';
import { callApi } from '../support/rest-client';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SENDER = '6281234567301';
const BUDI = '6281234567302';

let emu: Emulator;
let core: Core;
let shop: Phone;
let budi: Phone;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  budi = emu.createPhone(BUDI, 'Budi');
  core = await startCoreAgainst(emu);
  const linked = await linkDeviceByQr(core, emu, SENDER, 'Toko');
  shop = linked.phone;
  deviceId = linked.device.id;
}, 60_000);
afterAll(async () => {
  await core?.close();
  expect(emu.faults.errors).toEqual([]);
  await emu?.close();
});

const compose = (input: MethodInput<'compose.send'>) => core.rpc.invoke('compose.send', input);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: { code: string; message: string; details?: unknown }) => error,
  );

describe('compose.send', () => {
  it('reports the same field errors, in the same words, as the REST API', async () => {
    const cases: Array<[MethodInput<'compose.send'>['path'], Record<string, unknown>]> = [
      ['/send-message', {}],
      [
        '/send-button',
        { sender: SENDER, number: 'abc', message: 'Hi', button: ['1', '2', '3', '4', '5', '6'] },
      ],
      ['/send-template', { sender: SENDER, number: budi.number, message: 'x', template: ['call|Hubungi'] }],
      ['/send-media', { sender: SENDER, number: budi.number, media_type: 'gif' }],
      ['/send-poll', { sender: SENDER, number: budi.number, name: 'Q', option: ['A', 'A'] }],
      ['/send-location', { sender: SENDER, number: budi.number, latitude: '95', longitude: 'x' }],
    ];
    for (const [path, params] of cases) {
      const error = await failure(compose({ path, params }));
      const rest = await callApi(core.api.url, path, { api_key: core.settings.get().apiKey, ...params });
      expect(rest.status, path).toBe(422);
      expect(error.code, path).toBe('invalid_input');
      expect(error.message).toBe('Invalid data!');
      expect(error.details, path).toEqual(rest.body.errors);
    }
  });

  it('sends a text to the phone and answers its message id', async () => {
    const sent = await compose({
      path: '/send-message',
      params: { sender: SENDER, number: '0812-3456-7302', message: '*Halo* _Budi_' },
    });
    expect(sent.id).toEqual(expect.any(String));
    expect((await budi.waitForMessage((m) => m.id === sent.id)).text).toBe('*Halo* _Budi_');
  });

  it('sends a picked file as the multipart upload would', async () => {
    const sent = await compose({
      path: '/send-media',
      params: { sender: SENDER, number: budi.number, media_type: 'image', caption: 'Foto' },
      file: { name: 'pixel.png', mimetype: 'image/png', dataBase64: PNG.toString('base64') },
    });
    const received = await budi.waitForMessage((m) => m.id === sent.id);
    expect(received).toMatchObject({ type: 'imageMessage', caption: 'Foto' });
    expect(received.media).toMatchObject({
      mimetype: 'image/png',
      sha256: createHash('sha256').update(PNG).digest('hex'),
      sha256Matches: true,
    });
  });

  it('sends a test to the device\'s own number (the phone sees it in "Message yourself")', async () => {
    const sent = await compose({
      path: '/send-button',
      params: { sender: SENDER, number: SENDER, message: 'Tes tombol', button: ['Ya', 'Tidak'] },
    });
    const own = await shop.waitForMessage((m) => m.id === sent.id, 10_000, { fromMe: true });
    expect(own.nativeFlow?.map((b) => (b.params as { display_text: string }).display_text)).toEqual([
      'Ya',
      'Tidak',
    ]);
  });

  it('answers "not connected" for a sender that is not a linked device', async () => {
    const error = await failure(
      compose({
        path: '/send-message',
        params: { sender: '6281234567399', number: budi.number, message: 'x' },
      }),
    );
    expect(error.code).toBe('session_not_connected');
  });
});

describe('send style per device', () => {
  const buttons = { sender: SENDER, number: BUDI, message: 'Pilih:', button: ['Pagi', 'Sore'] };
  const list = {
    sender: SENDER,
    number: BUDI,
    title: 'Menu',
    name: 'Layanan',
    message: 'Silakan pilih',
    buttontext: 'Lihat',
    list: ['Potong', 'Cuci'],
  };

  it('sends interactive buttons by default', async () => {
    expect((await core.rpc.invoke('devices.list'))[0].interactiveStyle).toBe('interactive');
    const sent = await compose({ path: '/send-button', params: buttons });
    const received = await budi.waitForMessage((m) => m.id === sent.id);
    expect(received.nativeFlow).toHaveLength(2);
    expect(received.extraNodes.find((n) => n.tag === 'biz')).toBeTruthy();
  });

  it('sends a poll instead of buttons and list once the device is set to "poll", also over REST', async () => {
    const device = await core.rpc.invoke('devices.setInteractiveStyle', { id: deviceId, style: 'poll' });
    expect(device.interactiveStyle).toBe('poll');
    const sent = await compose({ path: '/send-button', params: buttons });
    expect((await budi.waitForMessage((m) => m.id === sent.id)).poll).toEqual({
      name: 'Pilih:',
      options: ['Pagi', 'Sore'],
      selectableCount: 1,
    });
    const rest = await callApi(core.api.url, '/send-list', { api_key: core.settings.get().apiKey, ...list });
    const viaRest = await budi.waitForMessage((m) => m.id === rest.body.id);
    expect(viaRest.poll?.options).toEqual(['Potong', 'Cuci']);
    expect(viaRest.nativeFlow).toBeUndefined();
  });

  it('sends a numbered text menu ("Balas 1/2") once the device is set to "text"', async () => {
    await core.rpc.invoke('devices.setInteractiveStyle', { id: deviceId, style: 'text' });
    const sent = await compose({ path: '/send-button', params: buttons });
    const received = await budi.waitForMessage((m) => m.id === sent.id);
    expect(received.text).toBe('Pilih:\n\n1. Pagi\n2. Sore\n\nBalas 1/2');
    expect(received.poll).toBeUndefined();
    const fromList = await compose({ path: '/send-list', params: list });
    expect((await budi.waitForMessage((m) => m.id === fromList.id)).text).toContain('1. Potong\n2. Cuci');
    await core.rpc.invoke('devices.setInteractiveStyle', { id: deviceId, style: 'interactive' });
  });

  it('refuses an unknown style', async () => {
    const error = await failure(
      core.rpc.invoke('devices.setInteractiveStyle', { id: deviceId, style: 'carousel' as 'poll' }),
    );
    expect(error.code).toBe('invalid_input');
  });
});
