import { request as httpRequest } from 'node:http';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendButtonParams } from '../../../../shared/schemas/send-button';
import { sendListParams } from '../../../../shared/schemas/send-list';
import { sendTemplateParams } from '../../../../shared/schemas/send-template';
import { apiPaths, callApi, encodings, type Encoding } from '../../../../test/support/rest-client';
import { startTestCore } from '../../../../test/support/temp-core';
import type { Core } from '../../app';
import { registerBodyParsers } from './body-parsers';
import { collectParams } from './collect-params';

const sender = '6281234567890';
const number = '628123456789';
// The documentation's own payloads (seed_clients.*).
const seed = {
  '/send-message': { sender, number, message: 'Hello from wasender API!' },
  '/send-button': {
    sender,
    number,
    message: 'Silahkan pilih opsi:',
    button: ['Pilihan 1', 'Pilihan 2'],
    footer: 'Wasender Powered',
  },
  '/send-template': {
    sender,
    number,
    message: 'Hubungi kami atau kunjungi situs:',
    template: ['call|Hubungi Kami|628123456789', 'url|Kunjungi Situs|google.com'],
    footer: 'Wasender Systems',
  },
  '/send-list': {
    sender,
    number,
    title: 'Menu Layanan',
    name: 'Pilih Layanan',
    message: 'Silahkan pilih menu di bawah ini:',
    buttontext: 'Lihat Menu',
    list: ['Layanan A', 'Layanan B', 'Layanan C'],
    footer: 'Wasender Powered',
  },
} as const;
const failedAccess = {
  status: false,
  msg: 'Failed to send message!',
  message: 'Failed to send message!',
  errors: 'Failed to access whatsapp server',
};

describe('request parsing: every client encoding gives the same parameters', () => {
  const schemas = {
    '/send-button': sendButtonParams,
    '/send-template': sendTemplateParams,
    '/send-list': sendListParams,
  };
  const echo = Fastify();
  beforeAll(async () => {
    await echo.register(async (scope) => {
      await registerBodyParsers(scope);
      for (const [path, schema] of Object.entries(schemas)) {
        const arrays = schema
          .docs()
          .filter(([, d]) => d.type === 'array')
          .map(([n]) => n);
        scope.route({
          method: ['GET', 'POST'],
          url: path,
          handler: async (request) => schema.validate(await collectParams(request, arrays), 'ID'),
        });
      }
    });
    await echo.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => echo.close());

  for (const path of Object.keys(schemas) as Array<keyof typeof schemas>) {
    it(`${path}: PHP brackets, repeated keys, JSON, multipart and GET agree`, async () => {
      const url = `http://127.0.0.1:${(echo.server.address() as { port: number }).port}`;
      const results = await Promise.all(
        encodings.map((encoding) => callApi(url, path, seed[path], encoding)),
      );
      expect(results[0].body.ok).toBe(true);
      for (const [i, result] of results.entries()) expect(result.body, encodings[i]).toEqual(results[0].body);
    });
  }

  it('a lone value in form data is a one-item list; PHP [] and repeated keys are lists', async () => {
    const url = `http://127.0.0.1:${(echo.server.address() as { port: number }).port}`;
    const post = (body: string) =>
      fetch(`${url}/send-button`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }).then((r) => r.json());
    const base = `sender=${sender}&number=${number}&message=m`;
    // Labels validate into reply buttons (the same type as MPWA's button objects, issue 14).
    const labels = async (body: string) =>
      ((await post(body)).data.button as Array<{ type: string; text: string }>).map(
        (b) => `${b.type}:${b.text}`,
      );
    expect(await labels(`${base}&button=Setuju`)).toEqual(['reply:Setuju']);
    expect(await labels(`${base}&button[]=A&button[]=B`)).toEqual(['reply:A', 'reply:B']);
    expect(await labels(`${base}&button=A&button=B`)).toEqual(['reply:A', 'reply:B']);
    expect(await labels(`${base}&button[1]=B&button[0]=A`)).toEqual(['reply:A', 'reply:B']);
  });

  it('keeps WhatsApp formatting, newlines and emoji exactly', async () => {
    const url = `http://127.0.0.1:${(echo.server.address() as { port: number }).port}`;
    const message = '  *Halo* _kak_ ~coret~ ```kode```\n\nBaris 2 😀 & = + %  ';
    for (const encoding of encodings) {
      const result = await callApi(url, '/send-button', { sender, number, message, button: ['A'] }, encoding);
      expect(result.body.data.message, encoding).toBe(message);
    }
  });
});

describe('the REST API over HTTP', () => {
  let core: Core;
  let key: string;
  beforeAll(async () => {
    core = await startTestCore();
    key = core.settings.get().apiKey;
    await core.rpc.invoke('devices.create', { number: sender, name: 'Kasir' });
  });
  afterAll(() => core.close());

  it('answers each seed payload, in every encoding, with the documented "Failed to access whatsapp server" while the device is not connected', async () => {
    for (const [path, params] of Object.entries(seed)) {
      for (const encoding of encodings) {
        const response = await callApi(core.api.url, path, { api_key: key, ...params }, encoding);
        expect(response.body, `${path} ${encoding}`).toEqual(failedAccess);
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      }
    }
  });

  it('answers a sender that is not a device of this app the same way (HTTP 404)', async () => {
    const response = await callApi(core.api.url, '/send-message', {
      api_key: key,
      ...seed['/send-message'],
      sender: '628111111111',
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual(failedAccess);
  });

  it('takes the key from the X-Api-Key header or a Bearer token instead of api_key', async () => {
    const viaHeader = await callApi(core.api.url, '/send-message', seed['/send-message'], 'php', {
      'x-api-key': key,
    });
    expect(viaHeader.body).toEqual(failedAccess);
    const viaBearer = await callApi(core.api.url, '/send-message', seed['/send-message'], 'get', {
      authorization: `Bearer ${key}`,
    });
    expect(viaBearer.body).toEqual(failedAccess);
  });

  it('answers a plain-text or untyped body as form data or JSON, and an unknown type with 415', async () => {
    const form = `api_key=${key}&sender=${sender}&number=${number}&message=hi`;
    const plain = await fetch(`${core.api.url}/send-message`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: form,
    });
    expect(await plain.json()).toEqual(failedAccess);
    const xml = await fetch(`${core.api.url}/send-message`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toEqual({
      status: false,
      msg: 'Unsupported Content-Type "application/xml". Send application/x-www-form-urlencoded, application/json or multipart/form-data.',
      message:
        'Unsupported Content-Type "application/xml". Send application/x-www-form-urlencoded, application/json or multipart/form-data.',
    });
  });

  it('reads JSON and form bodies whatever the charset parameter or letter case of the Content-Type', async () => {
    const types = [
      'application/json; charset=utf-8',
      'Application/JSON;charset=UTF-8',
      'application/vnd.api+json; charset=utf-8',
      'application/x-www-form-urlencoded; charset=UTF-8',
      'text/plain;charset=UTF-8',
    ];
    for (const type of types) {
      const body = /json/i.test(type)
        ? JSON.stringify({ sender, number, message: 'hi' })
        : `sender=${sender}&number=${number}&message=hi`;
      const response = await fetch(`${core.api.url}/send-message`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-api-key': key },
        body,
      });
      expect(await response.json(), type).toEqual(failedAccess);
    }
  });

  it('answers invalid JSON with 400 and an empty JSON body with the required fields', async () => {
    const post = (body: string) =>
      fetch(`${core.api.url}/send-message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body,
      });
    const bad = await post('{"number": ');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      status: false,
      msg: 'Invalid data!',
      message: 'Invalid data!',
      errors: { body: ['The request body is not valid JSON.'] },
    });
    const empty = await post('');
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors.number).toEqual(['The number field is required.']);
    const array = await post('[1,2]');
    expect((await array.json()).errors.sender).toEqual(['The sender field is required.']);
  });

  it('answers a body over 1 MB with 413 JSON, in JSON, form and multipart', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    for (const encoding of ['json', 'php'] as Encoding[]) {
      const response = await callApi(core.api.url, '/send-message', { api_key: key, message: big }, encoding);
      expect(response.status, encoding).toBe(413);
      expect(response.body).toMatchObject({
        status: false,
        msg: 'Request body is too large.',
        message: 'Request body is too large.',
      });
    }
    const form = new FormData();
    form.append('api_key', key);
    form.append('message', big);
    const multipart = await fetch(`${core.api.url}/send-message`, { method: 'POST', body: form });
    expect(multipart.status).toBe(413);
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob(['a']), 'a.pdf');
    twoFiles.append('file2', new Blob(['b']), 'b.pdf');
    expect((await fetch(`${core.api.url}/send-media`, { method: 'POST', body: twoFiles })).status).toBe(413);
  });

  it('refuses a Host that is not this computer (DNS rebinding) with 403', async () => {
    const { port } = new URL(core.api.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: `/send-message?api_key=${key}`,
          headers: { host: 'evil.example:80' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('never sends on HEAD (no automatic HEAD route)', async () => {
    const response = await fetch(`${core.api.url}/send-message?sender=${sender}&number=${number}&message=x`, {
      method: 'HEAD',
      headers: { 'x-api-key': key },
    });
    expect(response.status).toBe(404);
  });

  it('sends no CORS headers', async () => {
    const response = await fetch(`${core.api.url}/send-message`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves /device-info from the devices table, /message-status 404 until messages are stored', async () => {
    const info = await callApi(core.api.url, '/device-info', { api_key: key, device: '081234567890' }, 'get');
    expect(info.body).toMatchObject({
      status: true,
      msg: 'Device found',
      message: 'Device found',
      device: { number: sender, name: 'Kasir', connected: false },
    });
    const unknown = await callApi(core.api.url, '/device-info', { api_key: key, sender: '628111111111' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ status: false, msg: 'Device not found!', message: 'Device not found!' });
    const status = await callApi(core.api.url, '/message-status', { api_key: key, id: 'ABC' }, 'get');
    expect(status.status).toBe(404);
    expect(status.body).toEqual({ status: false, msg: 'Message not found!', message: 'Message not found!' });
    const check = await callApi(core.api.url, '/check-number', { api_key: key, sender, number });
    expect(check.status).toBe(503);
    expect(check.body).toEqual(failedAccess);
  });

  it('serves an OpenAPI 3.1 document with GET and POST of every endpoint', async () => {
    const spec = await (await fetch(`${core.api.url}/openapi.json`)).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.servers).toEqual([{ url: core.api.url }]);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining([...apiPaths]));
    for (const path of Object.keys(spec.paths)) {
      expect(Object.keys(spec.paths[path])).toEqual(['get', 'post']);
      expect(Object.keys(spec.paths[path].post.responses)).toEqual(
        expect.arrayContaining(['200', '401', '413', '422', '429']),
      );
    }
    expect(
      spec.paths['/send-button'].post.requestBody.content['application/json'].schema.properties.button,
    ).toMatchObject({ type: 'array', maxItems: 5 });
    expect(
      spec.paths['/send-media'].post.requestBody.content['multipart/form-data'].schema.properties.file,
    ).toMatchObject({ format: 'binary' });
  });

  it('serves a self-contained docs page with PHP, Python, Node and curl for the real base URL', async () => {
    const response = await fetch(`${core.api.url}/docs`);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    for (const path of [
      '/send-message',
      '/send-media',
      '/send-button',
      '/send-template',
      '/send-list',
      '/send-poll',
    ])
      expect(html).toContain(`${core.api.url}${path}`);
    expect(html).toContain('http_build_query($postData)');
    expect(html).toContain('requests.post(url, data=data)');
    expect(html).toContain('axios.post(');
    expect(html).toContain('curl -X POST');
    expect(html).toContain('YOUR_API_KEY');
    expect(html).not.toContain(key);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
  });
});

describe('wrong API keys', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore();
  });
  afterAll(() => core.close());

  it('answers 401 with status false, then 429 to further wrong keys from that address after 10 failures', async () => {
    const wrong = await callApi(
      core.api.url,
      '/send-message',
      { api_key: 'wrong', ...seed['/send-message'] },
      'php',
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      status: false,
      msg: 'Invalid API key',
      message: 'Invalid API key',
      errors: 'The API key does not match the one shown in Settings.',
    });
    const missing = await callApi(core.api.url, '/send-message', seed['/send-message'], 'json');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      status: false,
      msg: 'Invalid API key',
      message: 'Invalid API key',
      errors: 'No API key: send api_key (or the X-Api-Key header).',
    });
    for (let i = 0; i < 8; i++)
      expect((await callApi(core.api.url, '/send-message', { api_key: `guess${i}` })).status).toBe(401);
    const blocked = await callApi(core.api.url, '/send-message', { api_key: 'guess-again' });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({
      status: false,
      msg: expect.stringMatching(/^Too many requests with a wrong API key\. Try again in \d+ seconds\.$/),
      message: blocked.body.msg,
    });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The right key still works: wrong keys sent on purpose (a web page, a local program) cannot lock the owner out.
    const right = await callApi(core.api.url, '/send-message', {
      api_key: core.settings.get().apiKey,
      ...seed['/send-message'],
    });
    expect(right.status).toBe(404);
    expect(right.body.errors).toBe('Failed to access whatsapp server');
  });
});
