// The documented response bodies and the HTTP status chosen for each (also listed in the OpenAPI).
import type { ValidationErrors } from '../../../../shared/schemas/params';
import { BODY_LIMIT } from './body-parsers';

export type RestBody = { status: boolean | string } & Record<string, unknown>;

export interface RestReply {
  code: number;
  body: RestBody;
  headers?: Record<string, string>;
}

/** Thrown anywhere below a REST handler to answer with this reply. */
export class RestFailure extends Error {
  constructor(readonly reply: RestReply) {
    super(String(reply.body.msg ?? 'REST failure'));
    this.name = 'RestFailure';
  }
}

export const MSG_SENT = 'Message sent successfully!';
export const MSG_FAILED = 'Message failed to send!';
export const MSG_INVALID = 'Invalid data!';
export const MSG_INVALID_KEY = 'Invalid API key';

/**
 * The same text under `message` right after `msg` (msg stays first): many MPWA-era clients read `message`
 * (or `data.message`) and never `msg`. Bodies that already carry `message` (/generate-qr) are left as they are.
 */
export function withMessage(body: RestBody): RestBody {
  if (typeof body.msg !== 'string' || 'message' in body) return body;
  const out: RestBody = { status: body.status };
  for (const [key, value] of Object.entries(body)) {
    out[key] = value;
    if (key === 'msg') out.message = value;
  }
  return out;
}

/** What a send answers under `data`; with `full=1` also MPWA's send result (the Baileys WAMessage's key fields). */
export interface SentData {
  id: string;
  key?: { id: string; remoteJid: string; fromMe: true };
  /** Unix seconds, as Baileys' messageTimestamp. */
  messageTimestamp?: number;
  /** proto WebMessageInfo.Status: 1 = PENDING, what Baileys' sendMessage result carries. */
  status?: number;
}

export const replies = {
  sent: (data: SentData, extra: Record<string, unknown> = {}): RestReply => ({
    code: 200,
    // `message_id` too: some MPWA-era clients look for the id there (shared/reference/mpwa-behaviour.md).
    body: { status: true, msg: MSG_SENT, id: data.id, message_id: data.id, ...extra, data },
  }),
  /** WhatsApp refused the message. */
  sendFailed: (extra: Record<string, unknown> = {}): RestReply => ({
    code: 502,
    body: { status: false, msg: MSG_FAILED, ...extra },
  }),
  /** The device is not linked here (404) or its WhatsApp connection is not open (503). */
  noWhatsApp: (code: 404 | 503 = 503): RestReply => ({
    code,
    body: { status: false, msg: 'Failed to send message!', errors: 'Failed to access whatsapp server' },
  }),
  invalid: (errors: ValidationErrors, code = 422): RestReply => ({
    code,
    body: { status: false, msg: MSG_INVALID, errors },
  }),
  unauthorized: (detail: string): RestReply => ({
    code: 401,
    body: { status: false, msg: MSG_INVALID_KEY, errors: detail },
  }),
  tooManyAttempts: (seconds: number): RestReply => ({
    code: 429,
    headers: { 'retry-after': String(seconds) },
    body: {
      status: false,
      msg: `Too many requests with a wrong API key. Try again in ${seconds} seconds.`,
    },
  }),
  tooLarge: (): RestReply => ({
    code: 413,
    body: {
      status: false,
      msg: 'Request body is too large.',
      errors: `Form and JSON bodies may be up to ${BODY_LIMIT / 1024} KB; an uploaded file up to 100 MB (16 MB for image, video and audio), one file per request.`,
    },
  }),
  notFound: (msg: string): RestReply => ({ code: 404, body: { status: false, msg } }),
  /** WhatsApp keeps the number from starting new chats (timelock or cap): nothing was sent; try after Retry-After. */
  newChatBlocked: (retryAfterSeconds: number, extra: Record<string, unknown>): RestReply => ({
    code: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { status: false, msg: MSG_FAILED, ...extra },
  }),
};
