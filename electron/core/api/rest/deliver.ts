// REST side of a send: the sender checked first (404 / 503 before any download), then the one send path
// (deps.send, messages/send.ts) to each recipient of `number` (a|b|c), and the documented answer.
import type { FastifyBaseLogger } from 'fastify';
import type { OutgoingMessage } from '../../../../shared/outgoing-message';
import { findDeviceByNumber } from '../../devices/queries';
import { newChatBlockOf } from '../../restrictions/wording';
import type { ApiDeps } from '../api-deps';
import { recipientResults } from '../send-results';
import type { HandledReply } from './idempotency';
import { replies, RestFailure, type SentData } from './responses';

export interface Recipients {
  sender: string;
  number: string[];
  msgid?: string;
  /** MPWA's `full=1`: answer the send result (key, timestamp, status) under `data`. */
  full?: boolean;
}

/** `data` of a send answer: the id, and with `full` the fields MPWA clients read from Baileys' send result. */
function sentData(id: string, remoteJid: string, full?: boolean): SentData {
  if (!full) return { id };
  return {
    id,
    key: { id, remoteJid, fromMe: true },
    messageTimestamp: Math.floor(Date.now() / 1000),
    status: 1,
  };
}

/** Fails fast — before downloading media — when the sender is not a device of this app (404) or not connected (503). */
export function requireConnected(deps: ApiDeps, sender: string): void {
  const device = findDeviceByNumber(deps.db, sender);
  if (!device) throw new RestFailure(replies.noWhatsApp(404));
  if (deps.sessions.get(device.id).snapshot().status !== 'open')
    throw new RestFailure(replies.noWhatsApp(503));
}

export async function deliver(
  deps: ApiDeps,
  log: FastifyBaseLogger,
  target: Recipients,
  message: OutgoingMessage,
): Promise<HandledReply> {
  requireConnected(deps, target.sender);
  const outcomes = await deps.send.toEach({
    from: target.sender,
    to: target.number,
    message,
    quotedId: target.msgid,
  });
  const { results, sentIds, offline } = recipientResults(outcomes, log);
  if (offline) return replies.noWhatsApp(503);
  const first = outcomes.find((outcome) => 'id' in outcome);
  const many = target.number.length > 1;
  if (sentIds.length === target.number.length)
    return {
      ...replies.sent(sentData(sentIds[0], first!.to, target.full), many ? { results } : {}),
      sent: true,
    };
  const reason = !many && results[0]?.errors ? { errors: results[0].errors } : {};
  // Nothing went out because WhatsApp restricts new chats on this number: 429 with when to try again.
  const blocks = outcomes.map((o) => ('error' in o ? newChatBlockOf(o.error) : null));
  if (sentIds.length === 0 && blocks.some(Boolean)) {
    const until = Math.min(...blocks.filter((b) => b !== null).map((b) => b.until));
    const retryAfter = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    return { ...replies.newChatBlocked(retryAfter, many ? { results } : reason), sent: false };
  }
  return { ...replies.sendFailed(many ? { results } : reason), sent: sentIds.length > 0 };
}
