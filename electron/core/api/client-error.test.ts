import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore } from '../../../test/support/temp-core';
import type { Core } from '../app';

/** Writes `requests` on one connection and collects everything the server sends until it closes. */
function exchange(port: number, requests: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      // The second request goes out only once the first answer is complete, as a keep-alive client does.
      if (requests.length > 1 && /\r\n\r\n[\s\S]*\}$/.test(data)) socket.write(requests.splice(0, 2)[1]);
    });
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    socket.write(requests[0]);
  });
}

describe('requests the HTTP parser refuses', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore();
  });
  afterAll(() => core.close());

  it('answers a too-long URL on a connection that already carried a request with 431 in the documented shape', async () => {
    const { port } = new URL(core.api.url);
    const health = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    const long = `GET /send-message?message=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    const data = await exchange(Number(port), [health, long]);

    const answers = data.split(/(?=HTTP\/1\.1 )/);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200 /);
    expect(answers[1]).toMatch(/^HTTP\/1\.1 431 /);
    expect(answers[1]).toMatch(/\r\nConnection: close\r\n/i);
    const body = JSON.parse(answers[1].split('\r\n\r\n')[1]) as Record<string, unknown>;
    expect(body).toEqual({
      status: false,
      msg: 'The request URL or headers are too long (over 16 KB): send long values in the body (POST).',
      message: 'The request URL or headers are too long (over 16 KB): send long values in the body (POST).',
    });
  });

  it('answers a request line that is not HTTP with 400 JSON and keeps serving others', async () => {
    const { port } = new URL(core.api.url);
    const data = await exchange(Number(port), ['GARBAGE\r\n\r\n']);
    expect(data).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(data.split('\r\n\r\n')[1])).toMatchObject({
      status: false,
      msg: 'The request is not valid HTTP.',
    });
    expect((await fetch(`${core.api.url}/health`)).status).toBe(200);
  });
});
