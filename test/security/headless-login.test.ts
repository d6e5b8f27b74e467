// Defended: anyone on the network opening the headless app (--host 0.0.0.0 or the LAN switch) — the page, its RPC
// token, /rpc and /rpc/events need a login (API key or --ui-password), kept in an HttpOnly SameSite=Strict cookie;
// wrong logins are counted per address but can never lock out the right secret.
// Legitimate: on 127.0.0.1 without a password the page opens directly, as before; after login everything works.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPC_TOKEN_HEADER } from '../../shared/bridge-names';
import type { Core } from '../../electron/core/app';
import { FAILED_LOGIN_LIMIT } from '../../electron/core/api/gate/page-login';
import { startTestCore } from '../support/temp-core';
import { fakeRendererDir, rawRequest } from './raw-http';

const loginForm = (password: string) => ({
  method: 'POST',
  path: '/login',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ password }).toString(),
});

async function logIn(core: Core, password: string): Promise<string> {
  const answer = await rawRequest(core.api.url, loginForm(password));
  expect(answer.status).toBe(303);
  expect(answer.headers.location).toBe('/');
  const cookie = String(answer.headers['set-cookie']);
  expect(cookie).toMatch(/^wasender_session=[\w-]{40,}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=\d+$/);
  return cookie.split(';')[0];
}

const callRpc = (core: Core, cookie?: string) =>
  rawRequest(core.api.url, {
    method: 'POST',
    path: '/rpc/settings.get',
    headers: {
      'content-type': 'application/json',
      [RPC_TOKEN_HEADER]: core.rpcToken,
      ...(cookie ? { cookie } : {}),
    },
    body: '{}',
  });

function eventsStatus(core: Core, cookie?: string) {
  return new Promise<number>((resolve) => {
    const ws = new WebSocket(`${core.api.url.replace(/^http/, 'ws')}/rpc/events?token=${core.rpcToken}`, {
      headers: cookie ? { cookie } : {},
    });
    ws.on('unexpected-response', (request, response) => {
      request.destroy();
      resolve(response.statusCode!);
    });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
  });
}

describe('headless page on the network (--host 0.0.0.0)', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore({ apiHost: '0.0.0.0', mode: 'headless', rendererDir: fakeRendererDir() });
  });
  afterAll(() => core.close());

  it('sends a browser without a session to /login and gives it neither the page nor the token', async () => {
    expect(core.pageLoginRequired).toBe(true);
    const page = await rawRequest(core.api.url, { path: '/' });
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe('/login');
    expect(page.text).not.toContain(core.rpcToken);
    const login = await rawRequest(core.api.url, { path: '/login' });
    expect(login.status).toBe(200);
    expect(login.text).toContain('Masuk ke Wasender Desktop');
    expect(login.headers['x-frame-options']).toBe('DENY');
    expect(login.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('refuses /rpc and /rpc/events with the token but without a session', async () => {
    const rpc = await callRpc(core);
    expect(rpc.status).toBe(401);
    expect(rpc.json).toMatchObject({
      status: false,
      msg: 'Not logged in: open the app page and log in.',
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(rpc.text).not.toContain(core.settings.get().apiKey);
    expect(await eventsStatus(core)).toBe(401);
  });

  it('counts wrong logins (401, then 429) and still accepts the API key, which opens page, RPC and events', async () => {
    for (let i = 0; i < FAILED_LOGIN_LIMIT; i++) {
      const wrong = await rawRequest(core.api.url, loginForm(`guess-${i}`));
      expect(wrong.status).toBe(401);
      expect(wrong.text).toContain('Kata sandi atau API key salah.');
      expect(wrong.headers['set-cookie']).toBeUndefined();
    }
    const blocked = await rawRequest(core.api.url, loginForm('guess-again'));
    expect(blocked.status).toBe(429);
    expect(blocked.text).toMatch(/Terlalu banyak percobaan yang salah\. Coba lagi dalam \d+ detik\./);

    const cookie = await logIn(core, core.settings.get().apiKey);
    const page = await rawRequest(core.api.url, { path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain(core.rpcToken);
    const rpc = await callRpc(core, cookie);
    expect(rpc.status).toBe(200);
    expect(rpc.json.result.apiKey).toBe(core.settings.get().apiKey);
    expect(await eventsStatus(core, cookie)).toBe(101);
    // The page's header then offers to log out.
    expect((await core.rpc.invoke('app.info')).pageLogin).toBe(true);

    const logout = await rawRequest(core.api.url, { method: 'POST', path: '/logout', headers: { cookie } });
    expect(logout.status).toBe(303);
    expect((await callRpc(core, cookie)).status).toBe(401);
  });

  it('never takes the REST API key check away from scripts: they need no login', async () => {
    const script = await rawRequest(core.api.url, {
      path: `/check-number?api_key=${core.settings.get().apiKey}&number=628123456789&device=6281234567890`,
    });
    expect(script.status).not.toBe(401);
    expect(script.json).toMatchObject({ status: false });
  });
});

describe('headless page on 127.0.0.1', () => {
  it('opens directly without a password, with headers that forbid framing', async () => {
    const core = await startTestCore({ mode: 'headless', rendererDir: fakeRendererDir() });
    try {
      expect(core.pageLoginRequired).toBe(false);
      expect((await core.rpc.invoke('app.info')).pageLogin).toBe(false);
      const page = await rawRequest(core.api.url, { path: '/' });
      expect(page.status).toBe(200);
      expect(page.text).toContain(core.rpcToken);
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    } finally {
      await core.close();
    }
  });

  it('asks for the --ui-password when one is given (in English when the app is), and accepts it', async () => {
    const core = await startTestCore({
      mode: 'headless',
      rendererDir: fakeRendererDir(),
      uiPassword: 'rahasia-toko-42',
    });
    try {
      await core.rpc.invoke('settings.set', { language: 'en' });
      expect((await rawRequest(core.api.url, { path: '/' })).status).toBe(303);
      const wrong = await rawRequest(core.api.url, loginForm('rahasia'));
      expect(wrong.status).toBe(401);
      expect(wrong.text).toContain('Wrong password or API key.');
      const cookie = await logIn(core, 'rahasia-toko-42');
      expect((await rawRequest(core.api.url, { path: '/', headers: { cookie } })).text).toContain(
        core.rpcToken,
      );
    } finally {
      await core.close();
    }
  });
});
