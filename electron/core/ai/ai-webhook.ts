// The webhook `message` event of a reply the AI sent: the incoming message's fields, from our side (fromMe), and
// `ai: true`, so a receiver can log or review what the AI said. No reply is taken from the receiver's answer to it.
import type { StoredInbound } from '../messages/inbound-store';

const userPart = (jid: string) => jid.split('@')[0];

export function aiReplyWebhookBody(question: StoredInbound, reply: { id: string; text: string }, at: number) {
  const customer = question.message.sender ?? userPart(question.message.chatJid);
  return {
    message: reply.text,
    from: question.deviceNumber,
    to: customer,
    bufferImage: null,
    participant: null,
    sender: question.deviceNumber,
    event: 'message' as const,
    name: null,
    id: reply.id,
    device: question.deviceNumber,
    type: 'text',
    timestamp: Math.floor(at / 1000),
    isGroup: false,
    fromMe: true,
    ai: true,
    /** The customer's message it answers. */
    quotedId: question.message.waId,
  };
}
