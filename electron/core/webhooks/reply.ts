// A receiver may answer a delivery with a reply to send back to the chat: {"reply":"…"} or send-message fields.
import { normalizePhone } from '../../../shared/phone';
export interface AnswerReply {
  text: string;
  /** Another recipient (send-message's `number`), digits only; default: the chat the message came from. */
  number: string | null;
}

export function replyFromAnswer(body: string, contentType: string | null): AnswerReply | null {
  const trimmed = body.trim();
  // PHP scripts often echo JSON without setting a content type, so a body that looks like JSON counts too.
  if (!trimmed.startsWith('{') && !contentType?.includes('json')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const answer = parsed as Record<string, unknown>;
  // An echo server (or a receiver that returns what it got) must not make us send the customer their own text.
  if ('bufferImage' in answer || 'from' in answer) return null;
  const text =
    typeof answer.reply === 'string'
      ? answer.reply
      : typeof answer.message === 'string'
        ? answer.message
        : null;
  if (!text?.trim()) return null;
  const number =
    typeof answer.number === 'string' || typeof answer.number === 'number'
      ? String(answer.number).replace(/\D/g, '')
      : '';
  return { text, number: number || null };
}

/**
 * Where an answer's reply goes: the chat that triggered the delivery. A `number` naming another chat is followed
 * only when the device allows it (devices.webhook_replies_elsewhere): otherwise a compromised or confused receiver
 * could make the app message anyone (issue 19). `from` is the webhook's `from` (the sender's number).
 */
export function replyTarget(
  reply: AnswerReply,
  trigger: { chatJid: string; from?: string },
  allowElsewhere: boolean,
): string | null {
  if (!reply.number) return trigger.chatJid;
  const digits = normalizePhone(reply.number) ?? reply.number;
  const sameChat =
    trigger.chatJid === `${digits}@s.whatsapp.net` || (!!trigger.from && trigger.from === digits);
  if (sameChat) return trigger.chatJid;
  return allowElsewhere ? `${digits}@s.whatsapp.net` : null;
}
