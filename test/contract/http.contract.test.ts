// The contract over HTTP + WebSocket (headless mode), against a real core on a free port.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHttpBridge } from '../../renderer/src/client/http-bridge';
import { startTestCore } from '../support/temp-core';
import type { Core } from '../../electron/core/app';
import { describeContract } from './contract-suite';

const RPC_TOKEN_HEADER = 'x-wasender-token';

describeContract('HTTP + WebSocket', async () => {
  const core = await startTestCore();
  const bridge = createHttpBridge({
    baseUrl: core.api.url,
    token: core.rpcToken,
    WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  await bridge.ready();
  return {
    bridge,
    core,
    teardown: async () => {
      bridge.close();
      await core.close();
    },
  };
});

/** POST /rpc/:method with node:http, so the Host header can be anything. */
function postRpc(core: Core, method: string, headers: Record<string, string>) {
  const url = new URL(`${core.api.url}/rpc/${method}`);
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ input: {} }));
  });
}

/** Opens the event socket and reports how it ended (or that it got the ready message). */
function openEvents(core: Core, query: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(`${core.api.url.replace(/^http/, 'ws')}/rpc/events${query}`, { headers });
  return new Promise<{ closed?: number; refused?: number; ready?: boolean }>((resolve) => {
    // Refused before the upgrade (api/gate, rpc-routes.ts): an HTTP 403 instead of a socket.
    ws.on('unexpected-response', (request, response) => {
      request.destroy();
      resolve({ refused: response.statusCode });
    });
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).event === 'ready') {
        ws.close();
        resolve({ ready: true });
      }
    });
    ws.on('close', (code) => resolve({ closed: code }));
    ws.on('error', () => resolve({ closed: -1 }));
  });
}

describe('headless RPC guard', () => {
  let core: Core;
  afterEach(async () => {
    await core.close();
  });

  it('refuses calls without the page token, or with a wrong one, with 403', async () => {
    core = await startTestCore();
    const missing = await postRpc(core, 'settings.get', {});
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(JSON.stringify(missing.body)).not.toContain(core.settings.get().apiKey);
    const wrong = await postRpc(core, 'settings.get', { [RPC_TOKEN_HEADER]: `${core.rpcToken}x` });
    expect(wrong.status).toBe(403);
    const right = await postRpc(core, 'settings.get', { [RPC_TOKEN_HEADER]: core.rpcToken });
    expect(right.status).toBe(200);
    expect(right.body.result.apiKey).toBe(core.settings.get().apiKey);
  });

  it('refuses a foreign Host header even with the right token (DNS rebinding)', async () => {
    core = await startTestCore();
    const foreign = await postRpc(core, 'settings.get', {
      [RPC_TOKEN_HEADER]: core.rpcToken,
      host: 'evil.example:80',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses the event socket without the token, with a wrong token or from a foreign host', async () => {
    core = await startTestCore();
    expect(await openEvents(core, '')).toEqual({ refused: 403 });
    expect(await openEvents(core, '?token=nope')).toEqual({ refused: 403 });
    expect(await openEvents(core, `?token=${core.rpcToken}`, { host: 'evil.example' })).toEqual({
      refused: 403,
    });
    expect(await openEvents(core, `?token=${encodeURIComponent(core.rpcToken)}`)).toEqual({ ready: true });
  });
});
