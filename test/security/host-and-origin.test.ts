// Defended: DNS rebinding (a foreign Host header) and requests from web pages of other sites, on every route.
// Legitimate: server-side scripts (no Origin), our own page (same origin), and browser apps on the CORS list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPC_TOKEN_HEADER } from '../../shared/bridge-names';
import type { Core } from '../../electron/core/app';
import { judgeOrigin } from '../../electron/core/api/gate/origin-check';
import { CROSS_SITE_MESSAGE } from '../../electron/core/api/gate/request-gate';
import { startTestCore } from '../support/temp-core';
import { fakeRendererDir, rawRequest, restError } from './raw-http';

const HOST_MESSAGE = 'Host not allowed: open the app at 127.0.0.1, localhost or this computer’s address.';

describe('Host allowlist (DNS rebinding)', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore({ rendererDir: fakeRendererDir(), mode: 'headless' });
  });
  afterAll(() => core.close());

  it.each([
    '/',
    '/health',
    '/docs',
    '/openapi.json',
    '/assets/app.js',
    '/send-message',
    '/rpc/app.info',
    '/nope',
  ])('refuses %s with a foreign Host with 403 and never shows the page or the token', async (path) => {
    const refused = await rawRequest(core.api.url, {
      path,
      method: path.startsWith('/rpc/') ? 'POST' : 'GET',
      headers: { host: 'rebind.attacker.example:7788', [RPC_TOKEN_HEADER]: core.rpcToken },
    });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject(restError(HOST_MESSAGE));
    expect(refused.text).not.toContain(core.rpcToken);
  });

  it('answers the same paths for 127.0.0.1 and localhost', async () => {
    const { port } = new URL(core.api.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const health = await rawRequest(core.api.url, { path: '/health', headers: { host } });
      expect(health.status).toBe(200);
      expect(health.json).toMatchObject({ status: 'ok' });
      const page = await rawRequest(core.api.url, { path: '/', headers: { host } });
      expect(page.status).toBe(200);
      expect(page.text).toContain(core.rpcToken);
    }
  });
});

describe('requests from other websites', () => {
  let core: Core;
  let key: string;
  beforeAll(async () => {
    core = await startTestCore({ rendererDir: fakeRendererDir(), mode: 'headless' });
    key = core.settings.get().apiKey;
  });
  afterAll(() => core.close());
  const form = (params: Record<string, string>) => new URLSearchParams(params).toString();

  it('refuses a no-cors form POST from another site with 403, even with the right key', async () => {
    const refused = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-message',
      headers: {
        origin: 'https://attacker.example',
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'no-cors',
        'content-type': 'text/plain',
      },
      body: form({ api_key: key, sender: '6281234567890', number: '628123', message: 'hi' }),
    });
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual(restError(CROSS_SITE_MESSAGE));
  });

  it('refuses an <img>-style GET from another site (no Origin, Sec-Fetch-Site cross-site) and from another local port', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const refused = await rawRequest(core.api.url, {
        path: `/send-message?api_key=${key}&sender=6281234567890&number=628123&message=hi`,
        headers: { 'sec-fetch-site': site, 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' },
      });
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual(restError(CROSS_SITE_MESSAGE));
    }
  });

  it('refuses the RPC from another origin (and from a sandboxed "null" origin) in both error shapes', async () => {
    for (const origin of ['https://attacker.example', 'null']) {
      const refused = await rawRequest(core.api.url, {
        method: 'POST',
        path: '/rpc/settings.get',
        headers: { origin, [RPC_TOKEN_HEADER]: core.rpcToken, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({
        ...restError(CROSS_SITE_MESSAGE),
        ok: false,
        error: { code: 'unauthorized', message: CROSS_SITE_MESSAGE },
      });
      expect(refused.text).not.toContain(key);
    }
  });

  it('lets a server-side script (no Origin, no Sec-Fetch headers) and our own page through', async () => {
    const script = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-message',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ api_key: key, sender: '6281234567890', number: '628123456789', message: 'hi' }),
    });
    expect(script.status).toBe(404);
    expect(script.json).toMatchObject({ status: false, errors: 'Failed to access whatsapp server' });
    const ownPage = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/rpc/app.info',
      headers: {
        origin: core.api.url,
        'sec-fetch-site': 'same-origin',
        [RPC_TOKEN_HEADER]: core.rpcToken,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(ownPage.status).toBe(200);
    expect(ownPage.json).toMatchObject({ ok: true, result: { mode: 'headless' } });
  });

  it('opens the page from a link on another site (a navigation), never inside a POST', async () => {
    const navigation = await rawRequest(core.api.url, {
      path: '/docs',
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
    });
    expect(navigation.status).toBe(200);
    expect(navigation.headers['x-frame-options']).toBe('DENY');
    const postedLogin = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/login',
      headers: {
        origin: 'https://attacker.example',
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'navigate',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'password=guess',
    });
    expect(postedLogin.status).toBe(403);
    expect(postedLogin.json).toEqual(restError(CROSS_SITE_MESSAGE));
  });
});

describe('Origin: null', () => {
  it('is refused from a sandboxed frame of another site, accepted from our own form under no-referrer', () => {
    const own = 'http://127.0.0.1:7788';
    const headers = (site: string) => ({ host: '127.0.0.1:7788', origin: 'null', 'sec-fetch-site': site });
    expect(judgeOrigin(headers('cross-site'), own, [])).toEqual({ kind: 'cross-site', origin: 'null' });
    expect(judgeOrigin({ host: '127.0.0.1:7788', origin: 'null' }, own, [])).toEqual({
      kind: 'cross-site',
      origin: 'null',
    });
    expect(judgeOrigin(headers('same-origin'), own, [])).toEqual({ kind: 'own' });
  });
});

describe('CORS allowlist (Settings → CORS origins)', () => {
  let core: Core;
  let key: string;
  const pos = 'https://pos.example.com';
  beforeAll(async () => {
    core = await startTestCore();
    key = core.settings.get().apiKey;
    await core.rpc.invoke('settings.set', { corsOrigins: ['HTTPS://POS.example.com/'] });
  });
  afterAll(() => core.close());

  it('stores origins normalized and rejects a URL with a path', async () => {
    expect(core.settings.get().corsOrigins).toEqual([pos]);
    await expect(
      core.rpc.invoke('settings.set', { corsOrigins: ['https://pos.example.com/app'] }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('answers the preflight and the call of a listed origin with its CORS headers', async () => {
    const preflight = await rawRequest(core.api.url, {
      method: 'OPTIONS',
      path: '/send-message',
      headers: {
        origin: pos,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(pos);
    expect(preflight.headers['access-control-allow-headers']).toContain('x-api-key');
    const call = await rawRequest(core.api.url, {
      path: '/check-number?number=628123456789&device=6281234567890',
      headers: { origin: pos, 'sec-fetch-site': 'cross-site', 'x-api-key': key },
    });
    expect(call.headers['access-control-allow-origin']).toBe(pos);
    expect(call.status).not.toBe(403);
    expect(call.json).toMatchObject({ status: false });
  });

  it('gives another origin neither CORS headers nor an answer, and never opens the RPC to a listed origin', async () => {
    const other = await rawRequest(core.api.url, {
      method: 'OPTIONS',
      path: '/send-message',
      headers: { origin: 'https://other.example', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const rpc = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/rpc/settings.get',
      headers: { origin: pos, [RPC_TOKEN_HEADER]: core.rpcToken, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(rpc.status).toBe(403);
    expect(rpc.text).not.toContain(key);
  });
});
