import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMedia, fileNameFromDisposition } from './fetch-media';
import { resolveHeaderMedia, resolveMedia } from './resolve-media';

const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const hops = Number(url.searchParams.get('hops') ?? 0);
    switch (url.pathname) {
      case '/photo.jpg':
        return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
      case '/download':
        return res
          .writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-disposition': `attachment; filename*=UTF-8''Laporan%20Mei.pdf`,
          })
          .end(Buffer.from('%PDF-1.7 ...'));
      case '/redirect':
        return res.writeHead(302, { location: hops > 1 ? `/redirect?hops=${hops - 1}` : '/photo.jpg' }).end();
      case '/big':
        return res
          .writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(20 * 1024 * 1024) })
          .end();
      case '/chunked': {
        res.writeHead(200, { 'content-type': 'video/mp4' });
        const chunk = Buffer.alloc(1024 * 1024);
        let sent = 0;
        const write = () => {
          while (sent < 20 && res.write(chunk)) sent++;
          if (sent >= 20) res.end();
          else res.once('drain', write);
        };
        return write();
      }
      case '/slow':
        return void setTimeout(() => res.end('late'), 5000);
      case '/page':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>share page</p>');
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchMedia', () => {
  it('downloads the bytes with content type and the file name from Content-Disposition or the URL', async () => {
    expect(await fetchMedia(`${base}/photo.jpg`, { maxBytes: 1e6 })).toEqual({
      data: jpeg,
      contentType: 'image/jpeg',
      fileName: 'photo.jpg',
    });
    expect((await fetchMedia(`${base}/download`, { maxBytes: 1e6 })).fileName).toBe('Laporan Mei.pdf');
    expect(fileNameFromDisposition('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
  });

  it('follows up to 5 redirects and refuses more', async () => {
    expect((await fetchMedia(`${base}/redirect?hops=5`, { maxBytes: 1e6 })).data).toEqual(jpeg);
    await expect(fetchMedia(`${base}/redirect?hops=6`, { maxBytes: 1e6 })).rejects.toThrow(
      'more than 5 redirects',
    );
  });

  it('stops at the size cap, from Content-Length or while streaming', async () => {
    await expect(fetchMedia(`${base}/big`, { maxBytes: 16 * 1024 * 1024 })).rejects.toThrow(
      "the file is larger than 16 MB, WhatsApp's limit for this type",
    );
    await expect(fetchMedia(`${base}/chunked`, { maxBytes: 16 * 1024 * 1024 })).rejects.toThrow(
      'larger than 16 MB',
    );
  });

  it('gives up after the timeout, and reports HTTP errors', async () => {
    await expect(fetchMedia(`${base}/slow`, { maxBytes: 1e6, timeoutMs: 200 })).rejects.toThrow(
      'no complete answer within 200 ms',
    );
    await expect(fetchMedia(`${base}/missing.jpg`, { maxBytes: 1e6 })).rejects.toThrow(
      'the server answered HTTP 404',
    );
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchMedia(`http://127.0.0.1:${port}/x.jpg`, { maxBytes: 1e6 })).rejects.toThrow(
      'ECONNREFUSED',
    );
  });
});

describe('resolveMedia', () => {
  it('checks the download against media_type and names documents', async () => {
    expect(await resolveMedia('image', { url: `${base}/photo.jpg` })).toEqual({
      data: jpeg,
      mimetype: 'image/jpeg',
      fileName: 'photo.jpg',
    });
    expect(await resolveMedia('pdf', { url: `${base}/download` })).toMatchObject({
      mimetype: 'application/pdf',
      fileName: 'Laporan Mei.pdf',
    });
    const webPage = 'The url is a web page (text/html), not an image file. Use a direct link to the file.';
    await expect(resolveMedia('image', { url: `${base}/page` })).rejects.toMatchObject({
      name: 'MediaError',
      field: 'url',
      message: webPage,
      details: { url: [webPage] },
    });
    await expect(resolveMedia('video', { url: `${base}/photo.jpg` })).rejects.toThrow(
      'The url is not a video file (it is image/jpeg).',
    );
    await expect(resolveMedia('image', { url: `${base}/nothing` })).rejects.toThrow(
      'The url could not be downloaded: the server answered HTTP 404.',
    );
    // Neither file nor link: worded by the error table, so the UI shows it in its language.
    await expect(resolveMedia('image', {})).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Choose a file or give a link.',
      details: { url: ['Choose a file or give a link.'] },
      text: { key: 'media_missing', fields: { url: { key: 'media_missing' } } },
    });
  });

  it('takes an uploaded file instead of a URL', async () => {
    const file = { name: 'x.bin', mimetype: 'application/octet-stream', data: jpeg };
    expect(await resolveMedia('image', { file })).toEqual({
      data: jpeg,
      mimetype: 'image/jpeg',
      fileName: 'x.bin',
    });
    await expect(resolveMedia('audio', { file })).rejects.toThrow('The file is not an audio file');
  });

  it('header media: an image, or a video for buttons', async () => {
    expect(await resolveHeaderMedia(`${base}/photo.jpg`, false)).toEqual({
      type: 'image',
      data: jpeg,
      mimetype: 'image/jpeg',
    });
    await expect(resolveHeaderMedia(`${base}/download`, true)).rejects.toThrow(
      'The url is not an image file (it is application/octet-stream) or video.',
    );
  });
});
