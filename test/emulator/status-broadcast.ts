// Status (Stories) on the emulated server: a post to `status@broadcast` reaches only the devices its stanza names,
// and a phone that views it answers with a read receipt from `status@broadcast` naming itself as participant.
//
// The stanza shapes, from the clients' side:
// - Sending (Baileys rc14 lib/Socket/messages-send.js, relayMessage): `to="status@broadcast"` is handled like a
//   group with no metadata — the audience is exactly `statusJidList` (`participantsList.push(...statusJidList)`),
//   each of their devices gets a `<to>` carrying the sender key (status keeps no sender-key memory, so every post
//   redistributes it), and the text/media goes once as `<enc type="skmsg">`. The sender key belongs to the sender's
//   LID identity: with no group metadata the addressing mode falls back to 'lid' (`groupSenderIdentity = meLid`).
//   whatsmeow (broadcast.go, getBroadcastListParticipants) likewise takes the list as the audience and adds the
//   sender's own number so its phone shows "My status".
// - Receiving receipts (Baileys lib/Socket/messages-recv.js, handleReceipt; whatsmeow message.go
//   parseMessageSource treats the broadcast server like a group): `<receipt from="status@broadcast"
//   participant="<viewer>" id=… t=…>` is a delivery, the same with `type="read"` a view; Baileys emits both as
//   `message-receipt.update` with `receipt.userJid` = the viewer.
// So the server's fan-out below is the group path of message-router.ts restricted to the `<to>` list: a contact not
// named there gets nothing, even one that received an earlier post.
import type { FastifyInstance } from 'fastify';
import type { ReceivedMessage } from './decode-content.js';
import type { Phone } from './phone.js';

export const STATUS_BROADCAST = 'status@broadcast';

export const isStatusBroadcast = (jid: string | undefined): boolean => jid === STATUS_BROADCAST;

/** The status posts this phone received (its "Updates" tab), oldest first. */
export const statusesOf = (phone: Phone): ReceivedMessage[] =>
  phone.messages.filter((m) => m.group === STATUS_BROADCAST);

/**
 * The phone's user opens a status: a read receipt goes to the posting device. Throws when the phone never
 * received that status (it was not in the audience).
 */
export async function viewStatus(phone: Phone, id: string): Promise<ReceivedMessage> {
  const status = statusesOf(phone).find((m) => m.id === id);
  if (!status) throw new Error(`phone ${phone.number} has no status ${id}`);
  await phone.markRead(status);
  return status;
}

/** `GET /phones/:number/statuses`, `POST /phones/:number/statuses/:id/view`. */
export function registerStatusControls(
  app: FastifyInstance,
  phoneOr404: (number: string) => Phone,
  toJson: (phone: Phone, m: ReceivedMessage) => unknown,
) {
  type P = { Params: { number: string } };
  app.get<P>('/phones/:number/statuses', async (req) => {
    const phone = phoneOr404(req.params.number);
    return statusesOf(phone).map((m) => toJson(phone, m));
  });
  app.post<P & { Params: { id: string } }>('/phones/:number/statuses/:id/view', async (req, reply) => {
    const phone = phoneOr404(req.params.number);
    try {
      const status = await viewStatus(phone, req.params.id);
      return { ok: true, id: status.id };
    } catch (error) {
      return reply.code(404).send({ error: (error as Error).message });
    }
  });
}
