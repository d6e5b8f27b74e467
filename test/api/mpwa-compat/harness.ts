// Test helper for the MPWA drop-in tests (issue 14): one emulator, one core with a linked device and a webhook
// receiver, and clients that encode their requests the way MPWA scripts in the field do.
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import qs from 'qs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Core } from '../../../electron/core/app';
import { startEmulator, type Emulator, type Phone } from '../../emulator/index';
import { PNG, serveMediaFiles, type MediaFiles } from '../../support/media-files';
import { callApi, type Encoding } from '../../support/rest-client';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../../support/wa-harness';

export const SENT = 'Message sent successfully!';
/** A 1×1 PNG, served by the harness's media server at /pixel.png. */
export { PNG };

export interface Compat {
  emu: Emulator;
  core: Core;
  phone: Phone;
  receiver: WebhookReceiver;
  sender: string;
  key: string;
  mediaUrl: string;
  /** The app's API base URL. */
  url: string;
}

/** Per test file: emulator, core (webhooks to a local receiver), a device linked as `sender`, one phone. */
export function useCompat(sender: string, phoneNumber: string): Compat {
  const ctx = { sender } as Compat;
  let media: MediaFiles;
  beforeAll(async () => {
    media = await serveMediaFiles({ '/pixel.png': { type: 'image/png', body: PNG } });
    ctx.mediaUrl = media.url;
    ctx.emu = await startEmulator();
    ctx.receiver = await startWebhookReceiver();
    ctx.phone = ctx.emu.createPhone(phoneNumber, 'Budi');
    ctx.core = await startCoreAgainst(ctx.emu, {
      webhookUrl: ctx.receiver.url,
      webhookRetry: { baseDelayMs: 50, maxDelayMs: 300 },
    });
    await linkDeviceByQr(ctx.core, ctx.emu, sender, 'Toko');
    ctx.key = ctx.core.settings.get().apiKey;
    ctx.url = ctx.core.api.url;
  }, 60_000);
  afterAll(async () => {
    await ctx.core?.close();
    expect(ctx.emu?.faults.errors ?? []).toEqual([]);
    await ctx.emu?.close();
    await ctx.receiver?.close();
    await media?.close();
  });
  return ctx;
}

type Params = Record<string, unknown>;

/** PHP json_encode's defaults: "/" escaped as "\/", every non-ASCII character as \uXXXX (surrogate pairs). */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Python json.dumps' defaults (requests json=): ", " and ": " separators, ASCII only; "/" kept. */
export function pythonJsonDumps(value: unknown): string {
  const ascii = (text: string) =>
    JSON.stringify(text).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (typeof value === 'string') return ascii(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${ascii(k)}: ${pythonJsonDumps(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

/** Laravel Http::asForm(): http_build_query with PHP_QUERY_RFC1738, spaces as "+", arrays as a[0]=…. */
export const laravelAsForm = (params: Params) =>
  qs.stringify(params, { arrayFormat: 'indices', format: 'RFC1738' });

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body bytes as sent (still compressed if content-encoding says so). */
  raw: Buffer;
  /** Decoded by content-encoding, parsed as JSON. */
  body: any;
  /** Whether the server answered "100 Continue" before the body was sent. */
  continued: boolean;
}

function decode(raw: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return gunzipSync(raw);
  if (encoding === 'br') return brotliDecompressSync(raw);
  if (encoding === 'deflate') return inflateSync(raw);
  if (encoding && encoding !== 'identity') throw new Error(`cannot decode content-encoding ${encoding}`);
  return raw;
}

/**
 * A request with exact bytes and headers, over node:http: e.g. PHP curl's `Expect: 100-continue` (the body is
 * only sent after the server's 100 Continue, as curl does), or an Accept-Encoding the client must decode.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers: Record<string, string> = {
      ...options.headers,
      ...(body ? { 'content-length': String(body.length) } : {}),
    };
    const expectContinue = /100-continue/i.test(headers.expect ?? '');
    let continued = false;
    const req = httpRequest(url, { method: options.method ?? 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = decode(raw, res.headers['content-encoding']).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON: the test shows the text */
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, body: parsed, continued });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.on('continue', () => {
      continued = true;
      req.end(body);
    });
    if (!expectContinue) req.end(body);
  });
}

/** The exact success answer of a send: msg first, the same text as message, the id also as message_id and under data. */
export function expectSent(answer: { status: number; body: any }, label = '') {
  expect(answer.status, label).toBe(200);
  expect(answer.body, label).toEqual({
    status: true,
    msg: SENT,
    message: SENT,
    id: expect.any(String),
    message_id: answer.body?.id,
    data: { id: answer.body?.id },
  });
  expect(Object.keys(answer.body).slice(0, 3), label).toEqual(['status', 'msg', 'message']);
}

/** Calls an endpoint as `sender` to the harness phone and waits for what the phone received. */
export async function sendAndReceive(
  ctx: Compat,
  path: string,
  params: Params,
  encoding: Encoding = 'json',
  headers: Record<string, string> = {},
) {
  const answer = await callApi(
    ctx.url,
    path,
    { api_key: ctx.key, sender: ctx.sender, number: ctx.phone.number, ...params },
    encoding,
    headers,
  );
  expectSent(answer, `${path} ${encoding}`);
  const received = await ctx.phone.waitForMessage((m) => m.id === answer.body.id);
  return { answer, received };
}
