// Test helper for the security suite: HTTP exactly as an attacker (or a browser) sends it — any Host, Origin
// and Sec-Fetch-* header, and bodies that are still being sent (to prove a refusal came before the body).
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDataDir } from '../support/temp-dir';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Send only `body`, keep the request open: the answer must come without the rest of the body. */
  keepOpen?: boolean;
}

export function rawRequest(
  baseUrl: string,
  { method = 'GET', path, headers = {}, body, keepOpen }: RawRequest,
) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        if (keepOpen) req.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    req.on('error', (error) => (keepOpen ? undefined : reject(error)));
    if (body !== undefined) req.write(body);
    if (!keepOpen) req.end();
  });
}

/** A built renderer stand-in (index.html + one asset) for the headless page routes. */
export function fakeRendererDir(): string {
  const dir = tempDataDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<html><head><script src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
  return dir;
}

/** The REST error body every refusal uses. */
export const restError = (msg: string) => ({ status: false, msg, message: msg });
