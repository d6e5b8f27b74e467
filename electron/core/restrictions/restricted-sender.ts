// The transport every send goes through (app.ts wraps the WhatsApp sender with it): while WhatsApp keeps a number
// from starting new chats (timelock, or the cap reached), a message that would start one is held back with the
// reason instead of being sent — each refused attempt counts as another reach-out (rc14 handleBadAck: "No retry —
// retrying counts as another reach out and worsens the restriction"). Chats that exist go on; new chats sent are
// counted for today.
import type { Database } from 'better-sqlite3';
import type { MessageSender } from '../messages/sender';
import type { Restrictions } from './restrictions';
import { newChatBlockedError } from './wording';

/** The phone number of a 1:1 chat jid; null for groups, broadcasts and newsletters. */
const personOf = (jid: string) => (jid.endsWith('@s.whatsapp.net') ? jid.split('@')[0].split(':')[0] : null);

export function restrictedSender(
  db: Database,
  restrictions: Restrictions,
  inner: MessageSender,
  now: () => number = Date.now,
): MessageSender {
  return {
    async send(request) {
      const { deviceId } = request;
      const person = personOf(request.to);
      if (!person || !restrictions.isNewChat(deviceId, person)) return inner.send(request);
      const block = restrictions.newChatBlock(deviceId, now());
      if (block) throw newChatBlockedError(block, now());
      const sent = await inner.send(request);
      restrictions.noteNewChat(deviceId, now());
      return sent;
    },
  };
}
