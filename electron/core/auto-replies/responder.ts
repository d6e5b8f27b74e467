// Answers live incoming messages with the first matching rule; a per-chat cooldown keeps two bots from looping.
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import type { AutoReplyRule } from '../../../shared/inbox';
import type { Logger } from '../logger';
import type { InboundPipeline } from '../messages/inbound-pipeline';
import type { MessageSender } from '../messages/sender';
import { findMatchingRule } from './match';
import { listRules } from './queries';

// Replying to menus (button/list replies) is what rules are for; reactions, stickers and receipts are not.
const answerable = new Set([
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

export function replyContent(rule: AutoReplyRule): AnyMessageContent {
  if (!rule.mediaUrl) return { text: rule.reply };
  const caption = rule.reply || undefined;
  if (/\.(jpe?g|png|webp)(\?|$)/i.test(rule.mediaUrl)) return { image: { url: rule.mediaUrl }, caption };
  if (/\.(mp4|3gp|mov)(\?|$)/i.test(rule.mediaUrl)) return { video: { url: rule.mediaUrl }, caption };
  const fileName = decodeURIComponent(new URL(rule.mediaUrl).pathname.split('/').pop() || 'file');
  return { document: { url: rule.mediaUrl }, mimetype: 'application/octet-stream', fileName, caption };
}

export function attachAutoReplies(
  db: Database,
  pipeline: InboundPipeline,
  sender: MessageSender,
  logger: Logger,
  now = Date.now,
) {
  const lastReplyAt = new Map<string, number>();
  pipeline.afterStore(({ live, deviceId, deviceNumber, message }) => {
    // Groups are left alone: a keyword bot answering every member of a group is rarely what anyone wants.
    if (!live || message.isGroup || !answerable.has(message.type) || !message.body) return;
    const rule = findMatchingRule(listRules(db, deviceId), message.body);
    if (!rule) return;
    const key = `${deviceId}|${message.chatJid}`;
    const last = lastReplyAt.get(key);
    if (last !== undefined && now() - last < rule.cooldownSeconds * 1000) return;
    lastReplyAt.set(key, now());
    sender
      .send({
        sender: deviceNumber,
        to: message.chatJid,
        content: { kind: 'content', content: replyContent(rule) },
      })
      .catch((error) => logger.warn({ err: error, rule: rule.id }, 'auto-reply could not be sent'));
  });
}
