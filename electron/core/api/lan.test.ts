import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, tempDataDir } from '../../../test/support/temp-core';
import type { Core } from '../app';
import { lanAddresses } from './lan';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

describe('listening on the office network', () => {
  it('stays on 127.0.0.1 by default and moves to every interface after the setting and a restart', async () => {
    const dataDir = tempDataDir();
    const first = await startTestCore({ dataDir });
    cores.push(first);
    expect((first.server.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect((await first.rpc.invoke('app.info')).apiLanUrls).toEqual([]);
    await first.rpc.invoke('settings.set', { listenOnLan: true });
    await first.close();

    const second = await startTestCore({ dataDir });
    cores.push(second);
    expect((second.server.server.address() as { address: string }).address).toBe('0.0.0.0');
    const info = await second.rpc.invoke('app.info');
    expect(info.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = new URL(info.apiUrl).port;
    expect(info.apiLanUrls).toEqual(lanAddresses().map((ip) => `http://${ip}:${port}`));
  });

  it('accepts the machine’s own addresses as Host, still refuses foreign names (DNS rebinding)', async () => {
    const core = await startTestCore({ apiHost: '0.0.0.0' });
    cores.push(core);
    const port = new URL(core.api.url).port;
    const call = (host: string) =>
      core.server.inject({
        method: 'GET',
        url: '/send-message?api_key=x',
        headers: { host: `${host}:${port}` },
      });
    for (const ip of lanAddresses()) expect((await call(ip)).statusCode).not.toBe(403);
    expect((await call('evil.example')).statusCode).toBe(403);
  });
});
