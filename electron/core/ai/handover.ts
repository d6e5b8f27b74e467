// A person takes a chat over: their send pauses the AI there (and clears the "needs a person" tag); the AI
// handing a question over tags the chat and announces it (desktop notification).
// Which sends are a person's: an inbox reply or a compose send (person-sends.ts marks those), and anything the
// phone or another linked device sent — WhatsApp hands those to us as our own messages (fromMe upserts) that
// this app did not send. The REST API, campaigns, webhook replies and the bots are not a person.
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { StoredInbound } from '../messages/inbound-store';
import { upsertChat } from '../messages/inbox-queries';
import { readAiConfig, readChatState, writeChatState } from './queries';

export interface HandoverDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  /** Whether this app sent the message (its sent-message store: whatsapp/sent-messages.ts). */
  sentByApp: (deviceId: number, waId: string) => Promise<boolean>;
  now: () => number;
}

const digits = (jid: string) => jid.split('@')[0].split(':')[0];

export function createChatHandover({ db, events, logger, sentByApp, now }: HandoverDeps) {
  function personWrote(deviceId: number, chatId: number, at: number) {
    const state = readChatState(db, chatId, deviceId);
    const until = at + readAiConfig(db).pauseMinutes * 60_000;
    if (until <= now() && !state.needsPerson) return; // an old message from the offline queue: nothing to pause
    writeChatState(db, {
      ...state,
      pausedUntil: Math.max(state.pausedUntil ?? 0, until),
      needsPerson: false,
    });
    events.emit('ai.changed', { deviceId, chatId });
  }

  return {
    personWrote,

    /** A person sent from the app (inbox reply, compose) to `jid`. */
    personWroteTo(deviceId: number, jid: string) {
      if (jid.endsWith('@g.us') || jid.endsWith('@broadcast')) return;
      personWrote(deviceId, upsertChat(db, deviceId, jid, false, null), now());
    },

    /** One of our own messages was stored: from the phone (a person) unless this app sent it. */
    noteOwnMessage(stored: StoredInbound) {
      const { deviceId, chatId, message } = stored;
      sentByApp(deviceId, message.waId)
        .then((ours) => {
          if (!ours) personWrote(deviceId, chatId, message.timestamp);
        })
        .catch((error) => logger.warn({ err: error }, 'could not tell who sent a message'));
    },

    /** The AI did not know: no message to the customer, the chat tagged, a notification. */
    needsPerson(stored: StoredInbound) {
      const { deviceId, chatId, message } = stored;
      writeChatState(db, { ...readChatState(db, chatId, deviceId), needsPerson: true });
      events.emit('ai.changed', { deviceId, chatId });
      const direct = message.chatJid.endsWith('@s.whatsapp.net');
      events.emit('ai.handover', {
        deviceId,
        chatId,
        name: message.pushName,
        number: direct ? digits(message.chatJid) : message.sender,
        question: message.body,
      });
    },
  };
}

export type ChatHandover = ReturnType<typeof createChatHandover>;
