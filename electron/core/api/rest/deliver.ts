// Sends one content to each recipient of `number` (a|b|c), in order, and shapes the documented answer.
import type { FastifyBaseLogger } from 'fastify';
import { ContractError } from '../../../../shared/errors';
import { findDeviceByNumber } from '../../devices/queries';
import type { OutgoingContent } from '../../messages/sender';
import type { ApiDeps } from '../server';
import type { HandledReply } from './idempotency';
import { MSG_FAILED, replies, RestFailure, type SentData } from './responses';

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

/** "628…@s.whatsapp.net" → "628…"; groups keep their id. */
const shown = (jid: string) => jid.replace(/@s\.whatsapp\.net$/, '');

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
  content: OutgoingContent,
): Promise<HandledReply> {
  const results: Array<{ number: string; status: boolean; id?: string; msg?: string; errors?: string }> = [];
  let first: SentData | undefined;
  for (const to of target.number) {
    try {
      const sent = await deps.sender.send({ sender: target.sender, to, content, quotedId: target.msgid });
      first ??= sentData(sent.id, to, target.full);
      results.push({ number: shown(to), status: true, id: sent.id });
    } catch (error) {
      const code = error instanceof ContractError ? error.code : 'internal';
      if (code === 'session_not_connected') {
        // Nothing more can go out on this device; report what did.
        if (results.length === 0) return replies.noWhatsApp(503);
        results.push({ number: shown(to), status: false, msg: 'Failed to access whatsapp server' });
        break;
      }
      if (code !== 'send_failed') log.error({ err: error }, 'send failed unexpectedly');
      // WhatsApp's (or the safety limit's) reason rides along as `errors`, as in the connection-error shape.
      const reason = code === 'send_failed' ? (error as Error).message : undefined;
      results.push({
        number: shown(to),
        status: false,
        msg: MSG_FAILED,
        ...(reason ? { errors: reason } : {}),
      });
    }
  }
  const sentIds = results.filter((r) => r.status).map((r) => r.id!);
  const many = target.number.length > 1;
  if (sentIds.length === target.number.length)
    return { ...replies.sent(first!, many ? { results } : {}), sent: true };
  const reason = !many && results[0]?.errors ? { errors: results[0].errors } : {};
  return { ...replies.sendFailed(many ? { results } : reason), sent: sentIds.length > 0 };
}
