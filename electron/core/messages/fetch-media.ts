// Downloads a media URL for sending: timeout, size cap, redirect cap, the file name the server gives, and never
// from a link-local or metadata address (media-url-policy.ts), checked at connect time on every hop.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, fetch, type Response } from 'undici';
import { fillErrorText, type TextRef } from '../../../shared/error-texts';
import { refusedAddressReason, refusedLiteralHost } from './media-url-policy';
export interface FetchedMedia {
  data: Buffer;
  /** Content-Type as the server sent it ('' when missing). */
  contentType: string;
  /** From Content-Disposition, else the last path segment of the final URL ('' when neither has one). */
  fileName: string;
}

export interface FetchMediaOptions {
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** This computer and the LAN (Settings; default allowed). Link-local/metadata addresses are never allowed. */
  allowLocal?: () => boolean;
}

/** A download that failed: `reason` (a media_reason_* text) completes "The url could not be downloaded: …". */
export class MediaFetchError extends Error {
  constructor(readonly reason: TextRef) {
    super(fillErrorText(reason.key, reason.params));
    this.name = 'MediaFetchError';
  }
}

const tooLarge = (maxBytes: number) =>
  new MediaFetchError({ key: 'media_reason_too_large', params: { max: megabytes(maxBytes) } });

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function fileNameFromDisposition(header: string | null): string {
  if (!header) return '';
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)?''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain filename */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return (plain?.[2] ?? plain?.[1] ?? '').trim();
}

export function fileNameFromUrl(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return decodeURIComponent(last);
  } catch {
    return '';
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, total);
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup for the socket that refuses the connection when any resolved address is not allowed. */
function checkedLookup(allowLocal: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) =>
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, []);
      const refused = addresses.map((a) => refusedAddressReason(a.address, allowLocal)).find(Boolean);
      if (refused) return callback(new MediaFetchError({ key: refused }), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
}

// One connection pool per policy, so sockets opened while LAN links were allowed never serve a stricter setting.
const agents = new Map<boolean, Agent>();
const agentFor = (allowLocal: boolean) => {
  let agent = agents.get(allowLocal);
  if (!agent) agents.set(allowLocal, (agent = new Agent({ connect: { lookup: checkedLookup(allowLocal) } })));
  return agent;
};

export async function fetchMedia(url: string, options: FetchMediaOptions): Promise<FetchedMedia> {
  const { maxBytes, timeoutMs = 30_000, maxRedirects = 5 } = options;
  const allowLocal = options.allowLocal?.() ?? true;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const literal = refusedLiteralHost(new URL(current), allowLocal);
      if (literal) throw new MediaFetchError({ key: literal });
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: '*/*' },
        dispatcher: agentFor(allowLocal),
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= maxRedirects)
          throw new MediaFetchError({ key: 'media_reason_redirects', params: { max: maxRedirects } });
        current = new URL(location, current).toString();
        if (!/^https?:/i.test(current)) throw new MediaFetchError({ key: 'media_reason_redirect_scheme' });
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new MediaFetchError({ key: 'media_reason_http', params: { status: response.status } });
      }
      const data = await readCapped(response, maxBytes);
      if (data.length === 0) throw new MediaFetchError({ key: 'media_reason_empty' });
      return {
        data,
        contentType: response.headers.get('content-type') ?? '',
        fileName:
          fileNameFromDisposition(response.headers.get('content-disposition')) || fileNameFromUrl(current),
      };
    }
  } catch (error) {
    if (error instanceof MediaFetchError) throw error;
    if ((error as Error).name === 'TimeoutError' || signal.aborted)
      throw new MediaFetchError(
        timeoutMs >= 1000
          ? { key: 'media_reason_timeout', params: { seconds: Math.round(timeoutMs / 1000) } }
          : { key: 'media_reason_timeout_ms', params: { ms: timeoutMs } },
      );
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause instanceof MediaFetchError) throw cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new MediaFetchError({ key: 'media_reason_other', params: { detail } });
  }
}
