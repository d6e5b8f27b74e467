// Defended: a media link reaching the cloud metadata service or other link-local addresses (SSRF) — directly,
// through a redirect, or through a DNS name; checked against the address actually connected to. Legitimate:
// links on this computer and the LAN download by default (office servers), and can be turned off in Settings.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMedia } from '../../electron/core/messages/fetch-media';
import { resolveMedia } from '../../electron/core/messages/resolve-media';
import {
  LOCAL_NOT_ALLOWED,
  NEVER_DOWNLOADED,
  refusedAddress,
} from '../../electron/core/messages/media-url-policy';

const pdf = Buffer.from('%PDF-1.4 invoice');
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/to') {
      res.writeHead(302, { location: url.searchParams.get('target')! });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(pdf);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('media link addresses', () => {
  it('never allows link-local or metadata addresses, in any notation', () => {
    for (const ip of [
      '169.254.169.254',
      '169.254.0.1',
      '::ffff:169.254.169.254',
      'fe80::1',
      'fd00:ec2::254',
      '0.0.0.0',
      '100.100.100.200',
    ])
      expect(refusedAddress(ip, true), ip).toBe(NEVER_DOWNLOADED);
    for (const ip of ['8.8.8.8', '2001:4860:4860::8888', '127.0.0.1', '192.168.1.20', '10.0.0.5', '::1'])
      expect(refusedAddress(ip, true), ip).toBeNull();
    for (const ip of ['127.0.0.1', '192.168.1.20', '10.0.0.5', '172.20.0.1', '::1', 'fd12::1'])
      expect(refusedAddress(ip, false), ip).toBe(LOCAL_NOT_ALLOWED);
  });

  it('refuses the metadata URL, and a redirect to it from an allowed server, before connecting', async () => {
    await expect(fetchMedia('http://169.254.169.254/latest/meta-data/', { maxBytes: 1e6 })).rejects.toThrow(
      NEVER_DOWNLOADED,
    );
    const viaRedirect = `http://127.0.0.1:${port}/to?target=${encodeURIComponent('http://169.254.169.254/latest/meta-data/iam')}`;
    await expect(fetchMedia(viaRedirect, { maxBytes: 1e6 })).rejects.toThrow(NEVER_DOWNLOADED);
    const ipv6 = `http://127.0.0.1:${port}/to?target=${encodeURIComponent('http://[fe80::1]/')}`;
    await expect(fetchMedia(ipv6, { maxBytes: 1e6 })).rejects.toThrow(NEVER_DOWNLOADED);
  });

  it('downloads from this computer by default, and refuses it (by IP and by DNS name) when Settings say so', async () => {
    expect((await fetchMedia(`http://127.0.0.1:${port}/invoice.pdf`, { maxBytes: 1e6 })).data).toEqual(pdf);
    expect((await fetchMedia(`http://localhost:${port}/invoice.pdf`, { maxBytes: 1e6 })).data).toEqual(pdf);
    const strict = { maxBytes: 1e6, allowLocal: () => false };
    await expect(fetchMedia(`http://127.0.0.1:${port}/invoice.pdf`, strict)).rejects.toThrow(
      LOCAL_NOT_ALLOWED,
    );
    // "localhost" is a name: the check happens on the address its lookup returned, at connect time.
    await expect(fetchMedia(`http://localhost:${port}/invoice.pdf`, strict)).rejects.toThrow(
      LOCAL_NOT_ALLOWED,
    );
  });

  it('tells the API caller why in a sentence without internal details', async () => {
    await expect(
      resolveMedia('pdf', { url: 'http://169.254.169.254/latest/meta-data/' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      details: { url: [`The url could not be downloaded: ${NEVER_DOWNLOADED}.`] },
    });
  });
});
