// One signed webhook POST: keep-alive connections, a timeout, the answer's status and (small) body.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

/** HMAC-SHA256 of the body alone: kept for receivers written before the timestamped signature. */
export const SIGNATURE_HEADER = 'X-Wasender-Signature';
/**
 * HMAC-SHA256 of `timestamp.deliveryId.body`: a receiver that checks it and refuses old timestamps (5 minutes)
 * and delivery ids it has seen cannot be fooled by a recorded delivery sent again (replay), which the body-only
 * signature allows. Same scheme as Stripe's `t=…,v1=…` and Standard Webhooks' `webhook-id.timestamp.body`.
 */
export const SIGNATURE_V2_HEADER = 'X-Wasender-Signature-V2';
export const TIMESTAMP_HEADER = 'X-Wasender-Timestamp';
const MAX_ANSWER_BYTES = 64 * 1024;

// Keep-alive: a receiver on the same machine or LAN takes thousands of deliveries a second over a few sockets.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The V2 signature; `timestamp` in Unix seconds, the time of this attempt (a retry is signed anew). */
export function signDelivery(
  secret: string,
  timestamp: number,
  deliveryId: number | string,
  body: string,
): string {
  return signBody(secret, `${timestamp}.${deliveryId}.${body}`);
}

export interface PostResult {
  status: number | null;
  body: string;
  contentType: string | null;
  error: string | null;
}

export function postWebhook(
  url: string,
  body: string,
  headers: { secret: string; event: string; deliveryId: number | string },
  timeoutMs = 10_000,
  now = () => Date.now(),
): Promise<PostResult> {
  const timestamp = Math.floor(now() / 1000);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ status: null, body: '', contentType: null, error: 'invalid URL' });
    }
    const transport = target.protocol === 'https:' ? https : http;
    const agent = agents[target.protocol as 'http:' | 'https:'];
    if (!agent)
      return resolve({
        status: null,
        body: '',
        contentType: null,
        error: `unsupported protocol ${target.protocol}`,
      });
    const req = transport.request(
      target,
      {
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'WasenderDesktop-Webhook/1',
          [SIGNATURE_HEADER]: signBody(headers.secret, body),
          [SIGNATURE_V2_HEADER]: signDelivery(headers.secret, timestamp, headers.deliveryId, body),
          [TIMESTAMP_HEADER]: String(timestamp),
          'X-Wasender-Event': headers.event,
          'X-Wasender-Delivery': String(headers.deliveryId),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? null,
            body: Buffer.concat(chunks).toString('utf8'),
            contentType: res.headers['content-type'] ?? null,
            error: null,
          }),
        );
        res.on('error', (error) =>
          resolve({ status: res.statusCode ?? null, body: '', contentType: null, error: error.message }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ status: null, body: '', contentType: null, error: error.message }));
    req.end(body);
  });
}
