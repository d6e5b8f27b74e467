// A media link or file that cannot be used fails with a text of the table: the REST API's sentence in `message`
// and `details`, and its key + params (the reason and the kind as keys too) for the UI to word in its language.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveHeaderMedia, resolveMedia } from './resolve-media';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/page')
      return response.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
    if (request.url === '/pdf')
      return response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
    if (request.url === '/ftp') return response.writeHead(302, { location: 'ftp://example.com/a.jpg' }).end();
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the media to be refused'),
    (error: unknown) => error,
  );

/** The error as it crosses a transport: sentence, field sentence, text key with params, field text. */
const worded = (field: string, message: string, text: { key: string; params?: object }) => ({
  code: 'invalid_input',
  message,
  details: { [field]: [message] },
  text: { ...text, fields: { [field]: text } },
});

describe('media errors by key', () => {
  it('a download that failed: the reason as a key with its values', async () => {
    expect(await failure(resolveMedia('image', { url: `${base}/missing` }))).toMatchObject(
      worded('url', 'The url could not be downloaded: the server answered HTTP 404.', {
        key: 'media_download_failed',
        params: { reason: { key: 'media_reason_http', params: { status: 404 } } },
      }),
    );
    expect(await failure(resolveMedia('image', { url: `${base}/ftp` }))).toMatchObject(
      worded('url', 'The url could not be downloaded: it redirects to a link that is not http(s).', {
        key: 'media_download_failed',
        params: { reason: { key: 'media_reason_redirect_scheme' } },
      }),
    );
    expect(await failure(resolveMedia('image', { url: 'http://169.254.169.254/latest' }))).toMatchObject({
      text: { key: 'media_download_failed', params: { reason: { key: 'media_reason_address_never' } } },
    });
  });

  it('a web page or a file of another type: the expected kind as a key, the actual type as sent', async () => {
    expect(await failure(resolveMedia('image', { url: `${base}/page` }))).toMatchObject(
      worded('url', 'The url is a web page (text/html), not an image file. Use a direct link to the file.', {
        key: 'media_web_page_url',
        params: { expected: { key: 'media_kind_image' } },
      }),
    );
    const file = { name: 'a.bin', mimetype: '', data: new Uint8Array([1, 2, 3]) };
    expect(await failure(resolveMedia('audio', { file: { ...file, mimetype: 'text/plain' } }))).toMatchObject(
      worded('file', 'The file is not an audio file (it is text/plain).', {
        key: 'media_wrong_type_file',
        params: { expected: { key: 'media_kind_audio' }, actual: 'text/plain' },
      }),
    );
    expect(await failure(resolveHeaderMedia(`${base}/pdf`, true))).toMatchObject(
      worded('url', 'The url is not an image file (it is application/pdf) or video.', {
        key: 'media_header_wrong_type',
        params: { actual: 'application/pdf' },
      }),
    );
    expect(await failure(resolveHeaderMedia(`${base}/pdf`, false))).toMatchObject({
      message: 'The url is not an image file (it is application/pdf).',
      text: { key: 'media_wrong_type_url' },
    });
  });
});
