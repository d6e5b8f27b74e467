// /generate-qr exactly as the documentation's clients use it: poll every few seconds, scan, connected.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { startCoreAgainst, waitForSession } from '../support/wa-harness';
import type { Core } from '../../electron/core/app';

let emu: Emulator;
const cores: Core[] = [];
beforeAll(async () => {
  emu = await startEmulator();
});
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});
afterAll(() => emu?.close());

async function start(timings = {}) {
  const core = await startCoreAgainst(emu, { sessionTimings: { connectTimeoutMs: 1500, ...timings } });
  cores.push(core);
  const post = async (body: Record<string, string>) => {
    const response = await fetch(`${core.api.url}/generate-qr`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body),
    });
    return { code: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { core, post, key: core.settings.get().apiKey };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('/generate-qr', () => {
  it('creates the device, answers processing, then a scannable PNG, then already connected', async () => {
    const { core, post, key } = await start();
    const phone = emu.createPhone('6281234567061', 'Warung');
    const first = await post({ api_key: key, device: '0812-3456-7061' });
    // HTTP 200 like MPWA: Laravel's ok() is exactly 200, and a 202 was taken as a failed request (issue 14).
    expect(first).toEqual({ code: 200, body: { status: 'processing', message: 'Processing' } });
    const [device] = await core.rpc.invoke('devices.list');
    expect(device.number).toBe('6281234567061');

    let answer = first;
    for (let i = 0; i < 20 && answer.body.status !== true; i++) {
      await pause(250);
      answer = await post({ api_key: key, device: '6281234567061' });
    }
    expect(answer.code).toBe(200);
    expect(answer.body).toEqual({
      status: true,
      qrcode: expect.stringMatching(/^data:image\/png;base64,/),
      message: 'Please scan qrcode',
    });
    await phone.scanQr(answer.body.qrcode as string); // decoded from the PNG, like a camera
    await waitForSession(core, device.id, (s) => s.status === 'open');
    // A failure, so non-2xx: 400 as MPWA's generateQr answers it.
    expect(await post({ api_key: key, device: '+62 812-3456-7061' })).toEqual({
      code: 400,
      body: { status: false, message: 'Device already connected!' },
    });
  });

  it('keeps serving fresh QR codes for as long as the client polls (rotation and new refs)', async () => {
    const { core, post, key } = await start({ qrTimeoutMs: 400 });
    const phone = emu.createPhone('6281234567062', 'Lambat');
    const seen = new Set<string>();
    const until = Date.now() + 6000; // 6 refs × 0.4 s are used up after 2.4 s: a new connection must follow
    while (Date.now() < until) {
      const { body } = await post({ api_key: key, device: '6281234567062' });
      expect(['processing', true]).toContain(body.status);
      if (body.status === true) seen.add(body.qrcode as string);
      await pause(150);
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
    let latest: Record<string, unknown> = {};
    while (latest.status !== true) latest = (await post({ api_key: key, device: '6281234567062' })).body;
    await phone.scanQr(latest.qrcode as string);
    const [device] = await core.rpc.invoke('devices.list');
    await waitForSession(core, device.id, (s) => s.status === 'open');
  });

  it('stops generating QR codes when nobody polls any more', async () => {
    const { core, post, key } = await start({ qrTimeoutMs: 300, qrWantedForMs: 1000 });
    await post({ api_key: key, device: '6281234567063' });
    const [device] = await core.rpc.invoke('devices.list');
    const idle = await waitForSession(
      core,
      device.id,
      (s) => s.status === 'idle' && s.reason === 'qr_timeout',
      10_000,
    );
    expect(idle.qrDataUrl).toBeNull();
  });

  it('answers bad input and a wrong key in the documented shapes', async () => {
    const { post, key } = await start();
    expect(await post({ api_key: key })).toEqual({
      code: 422,
      body: {
        status: false,
        msg: 'Invalid data!',
        message: 'Invalid data!',
        errors: { device: ['The device field is required.'] },
      },
    });
    const wrong = await post({ api_key: 'nope', device: '6281234567064' });
    expect(wrong.code).toBe(401);
    expect(wrong.body.status).toBe(false);
  });
});
