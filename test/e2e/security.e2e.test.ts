// Issue 19 in real Chromium: a web page on another origin attacks the running headless app — no-cors POSTs to the
// REST API (even knowing the key), a WebSocket to /rpc/events (even knowing the token), framing the app, and DNS
// rebinding (a name of the attacker's that resolves to 127.0.0.1, so the browser sends a foreign Host).
// Every attack is refused by the server; the app's own page still works, its WebSocket under CSP connect-src 'self'.
// The list of everything defended is test/security/README.md.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  ensureBuilt,
  removeDataDir,
  startServer,
  tempDataDir,
  type RunningServer,
} from './helpers';

const API_KEY = 'e2e-security-key-0123456789abcdef';
let server: RunningServer;
let dataDir: string;
let attacker: Server;
let attackerPort: number;
let attackerHtml = '';
let browser: Browser;
let appPort: string;

beforeAll(async () => {
  ensureBuilt();
  dataDir = tempDataDir();
  server = await startServer(dataDir, ['--api-key', API_KEY]);
  appPort = new URL(server.url).port;
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(attackerHtml);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerPort = (attacker.address() as AddressInfo).port;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      // The attacker's own names: both resolve to this computer, as a rebinding DNS server would answer.
      '--host-resolver-rules=MAP attacker.test 127.0.0.1, MAP rebind.test 127.0.0.1',
    ],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => attacker?.close(resolve));
  if (dataDir) removeDataDir(dataDir);
});

/** Opens the attacker's page (another origin: http://attacker.test:<port>/) with this HTML. */
async function attackerPage(html: string): Promise<Page> {
  attackerHtml = html;
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`http://attacker.test:${attackerPort}/`);
  return page;
}

async function appToken(): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  const token = await page.locator('meta[name="wasender-rpc-token"]').getAttribute('content');
  await page.close();
  return token!;
}

const sendParams = `api_key=${API_KEY}&sender=6281234567890&number=628123456789&message=dari%20situs%20lain`;

describe('a page on another origin attacks the local API', () => {
  it('cannot send with no-cors POSTs (text/plain and form), even with the right key', async () => {
    const page = await attackerPage('<html><body>promo</body></html>');
    const target = `http://127.0.0.1:${appPort}/send-message`;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const answered = page.waitForResponse((r) => r.url() === target);
      await page.evaluate(
        ({ target, type, body }) =>
          void fetch(target, { method: 'POST', mode: 'no-cors', headers: { 'content-type': type }, body }),
        { target, type, body: sendParams },
      );
      const response = await answered;
      expect(response.status()).toBe(403);
      expect(await response.headers()['access-control-allow-origin']).toBeUndefined();
    }
    await page.close();
    // The same request from a script on this computer (no Origin) is a valid call: past the key check.
    const script = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: sendParams,
    });
    expect(script.status).toBe(404);
    expect(await script.json()).toMatchObject({ errors: 'Failed to access whatsapp server' });
  });

  it('cannot open /rpc/events from its origin, even with the token', async () => {
    const token = await appToken();
    const page = await attackerPage('<html><body>chat widget</body></html>');
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onmessage = (message) => resolve(`message: ${String(message.data)}`);
          ws.onerror = () => resolve('error');
          ws.onclose = () => resolve('closed');
        }),
      `ws://127.0.0.1:${appPort}/rpc/events?token=${encodeURIComponent(token)}`,
    );
    expect(outcome).toBe('error');
    await page.close();
  });

  it('cannot show the app inside a frame (clickjacking)', async () => {
    const framed = `http://127.0.0.1:${appPort}/`;
    attackerHtml = `<html><body><iframe id="app" src="${framed}" width="800" height="600"></iframe></body></html>`;
    const page = await browser.newPage();
    const frameResponse = page.waitForResponse((r) => r.url() === framed);
    await page.goto(`http://attacker.test:${attackerPort}/`);
    const response = await frameResponse;
    // A cross-site frame load is refused by the gate, and the answer forbids framing as the page does.
    expect(response.status()).toBe(403);
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.url()).not.toBe(framed); // Chromium replaces a refused frame with its error page
    expect(await frame.locator('meta[name="wasender-rpc-token"]').count()).toBe(0);
    await page.close();
  });

  it('cannot read the page or its token through DNS rebinding (a foreign Host)', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://rebind.test:${appPort}/`);
    expect(response!.status()).toBe(403);
    const body = await response!.text();
    expect(JSON.parse(body)).toMatchObject({
      status: false,
      msg: expect.stringMatching(/^Host not allowed/),
    });
    expect(body).not.toContain('wasender-rpc-token');
    const health = await page.goto(`http://rebind.test:${appPort}/health`);
    expect(health!.status()).toBe(403);
    await page.close();
  });
});

describe('the app page itself', () => {
  it('loads, calls the RPC and receives events over its WebSocket under its CSP', async () => {
    const page = await browser.newPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    const ready = new Promise<string>((resolve) =>
      page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => resolve(String(payload)))),
    );
    const page200 = await page.goto(`${server.url}/`);
    expect(page200!.headers()['content-security-policy']).toContain("connect-src 'self'");
    await page.getByRole('heading', { level: 2, name: 'Perangkat', exact: true }).waitFor();
    expect(JSON.parse(await ready)).toEqual({ event: 'ready', payload: {} });
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('lists a web app of the user on Settings → CORS origins, which the API then answers', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/#/settings`);
    await page.getByTestId('cors-origins').fill(`http://attacker.test:${attackerPort}`);
    await page.getByTestId('cors-origins-save').click();
    await page.getByText('Pengaturan disimpan').first().waitFor();
    await page.close();
    // The listed origin reads the answer of a CORS request (no-cors is no longer needed).
    const pos = await attackerPage('<html><body>web POS</body></html>');
    const answer = await pos.evaluate(async (url) => {
      const response = await fetch(url, { headers: { 'x-api-key': 'not-the-key' } });
      return { status: response.status, body: await response.json() };
    }, `http://127.0.0.1:${appPort}/device-info?device=6281234567890`);
    expect(answer).toMatchObject({ status: 401, body: { status: false, msg: 'Invalid API key' } });
    await pos.close();
  });
});

describe('the headless login in the browser', () => {
  it('logs in with the password, opens the app with its WebSocket, and logs out again', async () => {
    const loginDir = tempDataDir();
    const guarded = await startServer(loginDir, ['--ui-password', 'sandi-toko-77']);
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${guarded.url}/`);
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.content()).not.toContain('wasender-rpc-token');
      await page.getByLabel('Kata sandi atau API key').fill('salah');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByTestId('login-error').waitFor();
      expect(await page.getByTestId('login-error').textContent()).toBe('Kata sandi atau API key salah.');

      const socket = new Promise<string>((resolve) =>
        page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => resolve(String(payload)))),
      );
      await page.getByLabel('Kata sandi atau API key').fill('sandi-toko-77');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByRole('heading', { level: 2, name: 'Perangkat', exact: true }).waitFor();
      expect(JSON.parse(await socket)).toEqual({ event: 'ready', payload: {} });
      // The session cookie is invisible to the page's scripts.
      expect(await page.evaluate(() => document.cookie)).toBe('');

      await page.getByTestId('logout').click();
      await page.getByRole('button', { name: 'Masuk' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.goto(`${guarded.url}/`);
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.close();
    } finally {
      await guarded.stop();
      removeDataDir(loginDir);
    }
  });
});
