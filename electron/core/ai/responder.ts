// The "AI" auto-reply rule of a device: answers live messages no keyword rule answered, within the device's daily
// cap and the shared per-chat cooldown, never while a person has the chat; hands over what the facts do not cover.
import type { Database } from 'better-sqlite3';
import { findMatchingRule } from '../auto-replies/match';
import { listRules } from '../auto-replies/queries';
import { answerable } from '../auto-replies/responder';
import type { ReplyClock } from '../auto-replies/reply-clock';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { InboundPipeline } from '../messages/inbound-pipeline';
import type { StoredInbound } from '../messages/inbound-store';
import { listMessages } from '../messages/inbox-queries';
import type { MessageSend } from '../messages/send';
import type { Asker } from './answer';
import type { ChatHandover } from './handover';
import { HISTORY_MESSAGES } from './prompt';
import { countAiReplies, insertAiReply, readChatState, readDeviceRule } from './queries';

export interface AiResponderDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  pipeline: InboundPipeline;
  send: MessageSend;
  asker: Asker;
  handover: ChatHandover;
  clock: ReplyClock;
  offlineMaxAgeMs: () => number;
  whenOpen: (deviceId: number) => Promise<void>;
  /** After an AI reply went out (the webhook's `message` event with ai: true). */
  onSent: (stored: StoredInbound, reply: { id: string; text: string }) => void;
  now: () => number;
}

export const startOfLocalDay = (at: number) => new Date(at).setHours(0, 0, 0, 0);

/** The chat's last messages, oldest first, as the model reads them. */
export function chatHistory(db: Database, chatId: number) {
  return listMessages(db, chatId, HISTORY_MESSAGES)
    .reverse()
    .map((row) => ({ fromMe: row.fromMe === 1, body: row.deleted ? '' : row.body }));
}

export function attachAiReplies(deps: AiResponderDeps) {
  const { db, events, logger, pipeline, asker, handover, clock, now } = deps;
  // Answers under way per device count against the cap too: a burst of chats must not overshoot it.
  const inFlight = new Map<number, number>();
  const capNoted = new Map<number, number>();

  const isPaused = (chatId: number, deviceId: number) => {
    const chat = readChatState(db, chatId, deviceId);
    return chat.aiOff || (chat.pausedUntil ?? 0) > now();
  };

  const underCap = (deviceId: number, cap: number) => {
    const today = startOfLocalDay(now());
    if (countAiReplies(db, deviceId, today) + (inFlight.get(deviceId) ?? 0) < cap) return true;
    // Said once a day per device: the page shows it, the log does not fill up with it.
    if (capNoted.get(deviceId) !== today) {
      capNoted.set(deviceId, today);
      asker.recordFailure({
        code: 'daily_cap',
        detail: `${cap} AI replies today`,
        at: now(),
        deviceId,
      });
    }
    return false;
  };

  async function answer(stored: StoredInbound) {
    const { deviceId, chatId, message } = stored;
    const reply = await asker.ask(deviceId, chatHistory(db, chatId));
    // The customer gets nothing on a failure: no error text, no guess (the page shows why).
    if (reply.failure) return;
    // A person may have taken the chat while the model was thinking.
    if (isPaused(chatId, deviceId)) return;
    if (reply.handover) return handover.needsPerson(stored);
    await deps.whenOpen(deviceId);
    const sent = await deps.send.one({
      from: stored.deviceNumber,
      to: message.chatJid,
      message: { kind: 'text', text: reply.text },
    });
    insertAiReply(db, deviceId, chatId, sent.id, now());
    events.emit('ai.changed', { deviceId, chatId });
    deps.onSent(stored, { id: sent.id, text: reply.text });
  }

  pipeline.afterStore((stored) => {
    const { deviceId, chatId, message } = stored;
    if (message.isGroup) return;
    if (message.fromMe) return handover.noteOwnMessage(stored);
    if (!stored.live || !answerable.has(message.type) || !message.body.trim()) return;
    if (stored.offline && now() - message.timestamp > deps.offlineMaxAgeMs()) return;
    // Keyword rules go first; one that matched answers (or is cooling down), and the AI stays out of it.
    if (findMatchingRule(listRules(db, deviceId), message.body)) return;
    const rule = readDeviceRule(db, deviceId);
    if (!rule.enabled || isPaused(chatId, deviceId)) return;
    const last = clock.last(deviceId, message.chatJid);
    if (last !== undefined && now() - last < rule.cooldownSeconds * 1000) return;
    if (!underCap(deviceId, rule.dailyCap)) return;
    clock.mark(deviceId, message.chatJid, now());
    inFlight.set(deviceId, (inFlight.get(deviceId) ?? 0) + 1);
    answer(stored)
      .catch((error) => logger.warn({ err: error, chatId }, 'AI reply could not be sent'))
      .finally(() => inFlight.set(deviceId, (inFlight.get(deviceId) ?? 1) - 1));
  });
}
