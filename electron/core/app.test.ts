import { afterEach, describe, expect, it } from 'vitest';
import { parseRunConfig } from './config';
import { startTestCore, tempDataDir } from '../../test/support/temp-core';
import type { Core } from './app';

const cores: Core[] = [];
const start = async (...args: Parameters<typeof startTestCore>) => {
  const core = await startTestCore(...args);
  cores.push(core);
  return core;
};
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

describe('createCore', () => {
  it('answers GET /health with status, version and device counts', async () => {
    const core = await start();
    await core.rpc.invoke('devices.create', { number: '081234567890', name: 'Toko' });
    const response = await fetch(`${core.api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.any(String),
      devices: { total: 1, connected: 0 },
    });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const core = await start();
    const response = await fetch(`${core.api.url}/does-not-exist?x=1`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    // `message` repeats `msg` for MPWA-era clients that read it (issue 14).
    expect(await response.json()).toEqual({
      status: false,
      msg: 'Not found: GET /does-not-exist',
      message: 'Not found: GET /does-not-exist',
    });
  });

  it('generates a strong API key on first start and keeps everything across a restart', async () => {
    const dataDir = tempDataDir();
    const first = await start({ dataDir });
    const key = first.settings.get().apiKey;
    expect(key).toMatch(/^[\w-]{32}$/);
    await first.rpc.invoke('settings.set', { language: 'en', defaultRegion: 'MY' });
    await first.rpc.invoke('devices.create', { number: '+62 812-3456-7890', name: 'Kasir' });
    await first.close();

    const second = await start({ dataDir });
    expect(second.settings.get()).toMatchObject({ apiKey: key, language: 'en', defaultRegion: 'MY' });
    expect(await second.rpc.invoke('devices.list')).toEqual([
      expect.objectContaining({ number: '6281234567890', name: 'Kasir', status: 'idle' }),
    ]);
  });

  it('takes a provisioned API key and regenerates it on request', async () => {
    const core = await start({ apiKey: 'provisioned-key-1234567890' });
    expect((await core.rpc.invoke('settings.get')).apiKey).toBe('provisioned-key-1234567890');
    const next = await core.rpc.invoke('settings.regenerateApiKey');
    expect(next.apiKey).not.toBe('provisioned-key-1234567890');
    expect(next.apiKey).toHaveLength(32);
  });

  it('reports a busy port clearly instead of crashing', async () => {
    const first = await start();
    const port = Number(new URL(first.api.url).port);
    const second = await start({ apiPort: port });
    expect(second.api.listening).toBe(false);
    expect(second.api.error).toMatch(new RegExp(`Port ${port} on 127.0.0.1 is already in use.*--port`));
    expect(await second.rpc.invoke('app.info')).toMatchObject({
      apiListening: false,
      apiError: second.api.error,
    });
    expect((await fetch(`${first.api.url}/health`)).status).toBe(200);
  });

  it('rejects bad contract input with every failing field at once', async () => {
    const core = await start();
    await expect(core.rpc.invoke('settings.set', { language: 'fr', apiPort: 5 })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { language: [expect.any(String)], apiPort: [expect.any(String)] },
    });
    await expect(core.rpc.invokeByName('nope.nothing')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('parseRunConfig', () => {
  it('reads flags first, then environment variables', () => {
    expect(
      parseRunConfig(['--port', '9000', '--data-dir', '/d'], {
        WASENDER_PORT: '8000',
        WASENDER_API_KEY: 'k',
      }),
    ).toMatchObject({ port: 9000, dataDir: '/d', apiKey: 'k' });
    expect(parseRunConfig([], { WASENDER_PORT: '8000' }).port).toBe(8000);
  });

  it('refuses a port that is not a number', () => {
    expect(() => parseRunConfig(['--port', 'abc'], {})).toThrow(/--port must be a number/);
  });
});
