// Core's English messages that reach the UI have Indonesian texts: the literal ones found in core's source,
// and the ones with a detail as core really produces them (media links served by a local HTTP server).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveHeaderMedia, resolveMedia } from '../../../electron/core/messages/resolve-media';
import { coreMessageId } from './core-messages';

const coreDir = new URL('../../../electron/core', import.meta.url).pathname;
/** Not shown to a user: the inbox's paging cursor and the RPC layer's own summary line. */
const internal = new Set(['Invalid input', 'Invalid cursor', 'The cursor is invalid.']);

function coreSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** `new AppError('invalid_input' | 'conflict', '…'` and the `field: ['…']` lists beside them. */
function literalMessages(): string[] {
  const found = new Set<string>();
  for (const source of coreSources(coreDir)) {
    if (!source.includes('new AppError(')) continue;
    for (const match of source.matchAll(/new AppError\(\s*'(?:invalid_input|conflict)',\s*'([^']+)'/g))
      found.add(match[1]);
    for (const match of source.matchAll(/^\s*[\w`${}.[\]]+:\s*\['([^']+)'\],?$/gm)) found.add(match[1]);
  }
  return [...found];
}

describe("core's messages in Indonesian", () => {
  it('has a text for every literal message core sends with invalid_input or conflict', () => {
    const literals = literalMessages();
    // Sanity: the scan finds the literals still written in core (the rest are keys of shared/error-texts.ts).
    expect(literals).toContain('Invalid cursor');
    expect(literals.filter((text) => !internal.has(text) && !coreMessageId(text))).toEqual([]);
  });

  describe('media links', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === '/page')
          response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
        else if (request.url === '/pdf')
          response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => server.close());

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.fail('expected the media to be refused'),
        (error: Error) => error.message,
      );

    it('says why a link could not be used', async () => {
      expect(coreMessageId(await failure(resolveMedia('image', { url: `${base}/missing` })))).toBe(
        'Berkas dari tautan tidak bisa diunduh: servernya menjawab HTTP 404.',
      );
      expect(coreMessageId(await failure(resolveMedia('image', { url: `${base}/page` })))).toBe(
        'Tautan ini membuka halaman web, bukan berkas gambar. Pakai tautan langsung ke berkasnya.',
      );
      expect(coreMessageId(await failure(resolveMedia('video', { url: `${base}/pdf` })))).toBe(
        'Berkas ini bukan video (jenisnya application/pdf).',
      );
      expect(coreMessageId(await failure(resolveHeaderMedia(`${base}/pdf`, true)))).toBe(
        'Berkas ini bukan gambar atau video (jenisnya application/pdf).',
      );
    });
  });

  it('leaves a message it does not know alone', () => {
    expect(coreMessageId('Something new went wrong.')).toBeUndefined();
  });
});
