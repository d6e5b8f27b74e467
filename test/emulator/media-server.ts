// HTTPS media host (upload + download) with a self-signed certificate made by the openssl CLI at start.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MediaServer {
  /** host:port given to clients in media_conn. */
  host: string;
  caCertPath: string;
  caCert: Buffer;
  /** Encrypted blobs by direct path (`/v/t62…/<id>.enc`). */
  blobs: Map<string, Buffer>;
  /** Blobs the CDN no longer serves (410 Gone), kept as the sending phone's own copy for a re-upload. */
  retired: Map<string, Buffer>;
  /** Stores a blob and returns its direct path and full URL. */
  put(data: Buffer, kind: string): { directPath: string; url: string };
  /** WhatsApp's CDN keeps media for a limited time: from now on this path answers 410 (media-retry.ts). */
  expire(directPath: string): boolean;
  close(): Promise<void>;
}

function makeCertificate(dir: string) {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '30',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), certPath };
}

export interface MediaServerOptions {
  port?: number;
  /** Keep the certificate and the blobs here across restarts (default: a temp dir removed on close). */
  stateDir?: string;
}

const blobFile = (dir: string, directPath: string) =>
  join(dir, Buffer.from(directPath).toString('base64url'));

export async function startMediaServer(
  hostname: string,
  options: MediaServerOptions = {},
): Promise<MediaServer> {
  const persistent = !!options.stateDir;
  const dir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'wa-emulator-'));
  const blobDir = join(dir, 'media');
  mkdirSync(blobDir, { recursive: true });
  const { key, cert, certPath } = existsSync(join(dir, 'cert.pem'))
    ? {
        key: readFileSync(join(dir, 'key.pem')),
        cert: readFileSync(join(dir, 'cert.pem')),
        certPath: join(dir, 'cert.pem'),
      }
    : makeCertificate(dir);
  const blobs = new Map<string, Buffer>();
  const retired = new Map<string, Buffer>();
  if (persistent) {
    for (const name of readdirSync(blobDir))
      blobs.set(Buffer.from(name, 'base64url').toString(), readFileSync(join(blobDir, name)));
  }
  let host = '';
  const put = (data: Buffer, kind: string) => {
    const directPath = `/v/t62.${kind}/${randomBytes(12).toString('hex')}.enc`;
    blobs.set(directPath, data);
    if (persistent) writeFileSync(blobFile(blobDir, directPath), data);
    return { directPath, url: `https://${host}${directPath}?mms-type=${kind}` };
  };
  const server: Server = createServer({ key, cert }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path.startsWith('/mms/')) {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const kind = path.split('/')[2] ?? 'media';
        const { directPath, url } = put(Buffer.concat(chunks), kind);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ url, direct_path: directPath }));
      });
      return;
    }
    const blob = req.method === 'GET' ? blobs.get(path) : undefined;
    // Gone, not Not Found: what Baileys (Utils/messages.ts REUPLOAD_REQUIRED_STATUS) and whatsmeow
    // (ErrMediaDownloadFailedWith410) treat as "ask the phone to upload it again".
    if (!blob && retired.has(path)) {
      res.statusCode = 410;
      res.end();
      return;
    }
    if (!blob) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/octet-stream');
    res.setHeader('content-length', blob.length);
    res.end(blob);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, hostname, resolve));
  host = `${hostname}:${(server.address() as AddressInfo).port}`;
  return {
    host,
    caCertPath: certPath,
    caCert: cert,
    blobs,
    retired,
    put,
    expire(directPath) {
      const blob = blobs.get(directPath);
      if (!blob) return false;
      blobs.delete(directPath);
      retired.set(directPath, blob);
      return true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          if (!persistent) rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
