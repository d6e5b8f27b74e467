// Answers live incoming messages with the first matching rule; a per-chat cooldown keeps two bots from looping.
import type { Database } from 'better-sqlite3';
import type { AutoReplyRule } from '../../../shared/inbox';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import type { Logger } from '../logger';
import type { InboundPipeline } from '../messages/inbound-pipeline';
import type { MessageSend } from '../messages/send';
import { findMatchingRule } from './match';
import { listRules } from './queries';
import { createReplyClock, type ReplyClock } from './reply-clock';

// Replying to menus (button/list replies) is what rules are for; reactions, stickers and receipts are not.
export const answerable = new Set([
  'text',
  'image',
  'video',
  'document',
  'button_reply',
  'list_reply',
  'template_reply',
  'interactive_reply',
  'poll_vote',
]);

/**
 * A rule's answer as a message: its media link is downloaded by the media resolver (size and time limits, the
 * type checked against the bytes), as a picture or video when the link says so, else as a document.
 */
export function replyMessage(rule: AutoReplyRule): OutgoingMessage {
  if (!rule.mediaUrl) return { kind: 'text', text: rule.reply };
  const mediaType = /\.(jpe?g|png|webp)(\?|$)/i.test(rule.mediaUrl)
    ? 'image'
    : /\.(mp4|3gp|mov)(\?|$)/i.test(rule.mediaUrl)
      ? 'video'
      : 'document';
  return { kind: 'media', mediaType, url: rule.mediaUrl, caption: rule.reply || undefined };
}

export interface AutoReplyOptions {
  /** Messages that waited in WhatsApp's offline queue longer than this get no answer (settings, default 24 h). */
  offlineMaxAgeMs?: () => number;
  /**
   * Resolves once the device's connection is open: WhatsApp hands over its offline queue (and may deliver the
   * first live messages) while the app is still logging in, before a reply can go out.
   */
  whenOpen?: (deviceId: number) => Promise<void>;
  now?: () => number;
  /** Shared with the AI replies (ai/responder.ts): one per-chat cooldown for every bot. */
  clock?: ReplyClock;
}

export function attachAutoReplies(
  db: Database,
  pipeline: InboundPipeline,
  send: MessageSend,
  logger: Logger,
  {
    offlineMaxAgeMs = () => 24 * 3_600_000,
    whenOpen = async () => undefined,
    now = Date.now,
    clock = createReplyClock(),
  }: AutoReplyOptions = {},
) {
  pipeline.afterStore(({ live, offline, deviceId, deviceNumber, message }) => {
    // Groups are left alone: a keyword bot answering every member of a group is rarely what anyone wants.
    if (!live || message.isGroup || !answerable.has(message.type) || !message.body) return;
    // An answer to "is the shop open?" a week late helps nobody; a few hours late it still does.
    if (offline && now() - message.timestamp > offlineMaxAgeMs()) return;
    const rule = findMatchingRule(listRules(db, deviceId), message.body);
    if (!rule) return;
    const last = clock.last(deviceId, message.chatJid);
    if (last !== undefined && now() - last < rule.cooldownSeconds * 1000) return;
    clock.mark(deviceId, message.chatJid, now());
    whenOpen(deviceId)
      .then(() => send.one({ from: deviceNumber, to: message.chatJid, message: replyMessage(rule) }))
      .catch((error) => logger.warn({ err: error, rule: rule.id }, 'auto-reply could not be sent'));
  });
}
