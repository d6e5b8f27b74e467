// Test helper: media files a test sends by link. A 1×1 PNG, and a plain-HTTP server on 127.0.0.1 that answers
// each path with its bytes (what a shop's own web server is to the REST API's `url` parameter). Imports nothing
// of the app or the emulator, so the emulator's control API can use the PNG too.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A 1×1 PNG (68 bytes): the smallest real image, for sends that only need "an image". */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export interface MediaFile {
  type: string;
  body: Buffer | string;
}

export interface MediaFiles {
  /** Base URL without a trailing slash: `${url}/pixel.png`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `files` by path (the query string is ignored); any other path answers 404. */
export async function serveMediaFiles(files: Record<string, MediaFile>): Promise<MediaFiles> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://media').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    // Keep-alive connections of the app's fetch would hold close() open until they time out.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
