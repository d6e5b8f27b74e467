// Defended: a web page of another site opening the event stream (/rpc/events) — refused with 403 before the
// upgrade, as is a connection without the page's token. Legitimate: our own page, with its token.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startTestCore } from '../support/temp-core';

/** Resolves with the first message, or with the HTTP status the server refused the upgrade with. */
function openEvents(url: string, headers: Record<string, string>) {
  return new Promise<{ refusedWith?: number; body?: string; firstMessage?: unknown }>((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        request.destroy();
        resolve({ refusedWith: response.statusCode, body });
      });
    });
    socket.on('message', (data) => {
      resolve({ firstMessage: JSON.parse(String(data)) });
      socket.close();
    });
    socket.on('error', (error) =>
      error.message.includes('Unexpected server response') ? undefined : reject(error),
    );
  });
}

describe('event WebSocket /rpc/events', () => {
  let core: Core;
  let ws: string;
  beforeAll(async () => {
    core = await startTestCore({ mode: 'headless' });
    ws = core.api.url.replace(/^http/, 'ws');
  });
  afterAll(() => core.close());

  it('refuses another origin with 403 before the upgrade, even with the token', async () => {
    const result = await openEvents(`${ws}/rpc/events?token=${core.rpcToken}`, {
      origin: 'https://attacker.example',
    });
    expect(result.refusedWith).toBe(403);
    expect(JSON.parse(result.body!)).toMatchObject({
      status: false,
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('refuses our own origin without the token, or with a wrong one', async () => {
    for (const query of ['', '?token=wrong']) {
      const result = await openEvents(`${ws}/rpc/events${query}`, { origin: core.api.url });
      expect(result.refusedWith).toBe(403);
      expect(JSON.parse(result.body!).msg).toBe('Missing or wrong RPC token: reload the page.');
    }
  });

  it('opens for our own page with the token and sends "ready"', async () => {
    const result = await openEvents(`${ws}/rpc/events?token=${core.rpcToken}`, { origin: core.api.url });
    expect(result.firstMessage).toEqual({ event: 'ready', payload: {} });
  });
});
