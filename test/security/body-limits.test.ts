// Defended: making the app read (and hold in memory) big bodies without a credential — a wrong key from the
// header or query string is refused before the body is read, multipart fields are capped in total, a request
// over the largest allowed size is refused from its Content-Length, and /rpc reads its large body only for
// the upload methods and only with the token.
// Legitimate: the documented limits still accept normal requests (the REST suites cover every encoding).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPC_TOKEN_HEADER } from '../../shared/bridge-names';
import type { Core } from '../../electron/core/app';
import { REQUEST_BYTES_LIMIT } from '../../electron/core/api/rest/body-parsers';
import { startTestCore } from '../support/temp-core';
import { rawRequest, restError } from './raw-http';

const boundary = 'XsecurityX';
const field = (name: string, value: string) =>
  `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileStart = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n`;
const multipartType = `multipart/form-data; boundary=${boundary}`;
const tooLarge = {
  ...restError('Request body is too large.'),
  errors:
    'Form and JSON bodies may be up to 1024 KB; an uploaded file up to 100 MB (16 MB for image, video and audio), one file per request.',
};

describe('body limits before parsing', () => {
  let core: Core;
  let key: string;
  beforeAll(async () => {
    core = await startTestCore();
    key = core.settings.get().apiKey;
  });
  afterAll(() => core.close());

  it('refuses a wrong header key before reading a body that never ends', async () => {
    const refused = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-media',
      headers: { 'x-api-key': 'wrong', 'content-type': multipartType, 'content-length': 50 * 1024 * 1024 },
      body: field('sender', '6281234567890') + fileStart + 'x'.repeat(1000),
      keepOpen: true,
    });
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject(restError('Invalid API key'));
  });

  it('refuses a wrong api_key field when the file part begins, without waiting for the file', async () => {
    const refused = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-media',
      headers: { 'content-type': multipartType, 'transfer-encoding': 'chunked' },
      body: field('api_key', 'wrong') + fileStart + 'x'.repeat(1000),
      keepOpen: true,
    });
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject(restError('Invalid API key'));
  });

  it('refuses a request over the largest allowed size from its Content-Length', async () => {
    const refused = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-media',
      headers: { 'x-api-key': key, 'content-type': multipartType, 'content-length': REQUEST_BYTES_LIMIT + 1 },
      body: field('sender', '6281234567890'),
      keepOpen: true,
    });
    expect(refused.status).toBe(413);
    expect(refused.json).toEqual(tooLarge);
  });

  it('caps all multipart text fields together at 1 MB (not 1 MB each)', async () => {
    const fields = Array.from({ length: 12 }, (_, i) => field(`f${i}`, 'y'.repeat(100 * 1024))).join('');
    const refused = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-message',
      headers: { 'x-api-key': key, 'content-type': multipartType },
      body: `${fields}--${boundary}--\r\n`,
    });
    expect(refused.status).toBe(413);
    expect(refused.json).toEqual(tooLarge);
    const small = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/send-message',
      headers: { 'x-api-key': key, 'content-type': multipartType },
      body: `${field('sender', '6281234567890')}${field('number', '628123456789')}${field('message', 'hi')}${field('note', 'y'.repeat(200 * 1024))}--${boundary}--\r\n`,
    });
    expect(small.status).toBe(404);
    expect(small.json).toMatchObject({ errors: 'Failed to access whatsapp server' });
  });

  it('reads no /rpc body without the token', async () => {
    const refused = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/rpc/compose.send',
      headers: { 'content-type': 'text/plain', 'content-length': 100 * 1024 * 1024 },
      body: 'x'.repeat(1000),
      keepOpen: true,
    });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('gives the large /rpc body only to upload methods', async () => {
    const big = JSON.stringify({ input: { name: 'x', text: '1'.repeat(2 * 1024 * 1024) } });
    const headers = { 'content-type': 'application/json', [RPC_TOKEN_HEADER]: core.rpcToken };
    const other = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/rpc/settings.get',
      headers,
      body: big,
    });
    expect(other.status).toBe(413);
    expect(other.json).toMatchObject({ status: false, msg: 'Request body is too large.' });
    // contacts.importText takes a pasted list of up to 5 MB: the body is read and validated by its schema.
    const upload = await rawRequest(core.api.url, {
      method: 'POST',
      path: '/rpc/contacts.importText',
      headers,
      body: big,
    });
    expect(upload.status).toBe(200);
    expect(upload.json).toMatchObject({ ok: true });
  });
});
