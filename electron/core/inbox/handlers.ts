// Inbox part of the contract: chats and threads paged by cursor, full-text search, mark read, reply.
import type { WAMessageKey } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import type { Dispatcher } from 'undici';
import type { HandlersFor } from '../../../shared/contract';
import type { InboxChat, InboxMessage } from '../../../shared/inbox';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { findDevice } from '../devices/queries';
import { AppError, appError } from '../errors';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { SessionRegistry } from '../whatsapp/session-registry';
import type { MediaRef } from '../messages/inbound-content';
import { downloadMediaRef } from '../messages/inbound-media';
import {
  findChat,
  findMessage,
  listChats,
  listMessages,
  markChatRead,
  recentIncoming,
  searchMessages,
  setMessageExtra,
  type ChatRow,
  type MessageRow,
  type ThreadRow,
} from '../messages/inbox-queries';
import type { MessageSend } from '../messages/send';

const encodeCursor = (a: number, b: number) => `${a}:${b}`;
function decodeCursor(cursor: string | undefined): { a: number; b: number } | undefined {
  if (!cursor) return undefined;
  const [a, b] = cursor.split(':').map(Number);
  if (!Number.isFinite(a) || !Number.isFinite(b))
    throw new AppError('invalid_input', 'Invalid cursor', { cursor: ['The cursor is invalid.'] });
  return { a, b };
}

export function toInboxChat(row: ChatRow): InboxChat {
  const direct = !row.isGroup && row.jid.endsWith('@s.whatsapp.net');
  return {
    id: row.id,
    deviceId: row.deviceId,
    jid: row.jid,
    name: row.name,
    number: direct ? row.jid.split('@')[0] : null,
    isGroup: row.isGroup === 1,
    unread: row.unread,
    lastAt: row.lastAt,
    lastMessage:
      row.lastType === null
        ? null
        : {
            body: row.lastBody ?? '',
            type: row.lastType,
            fromMe: row.lastFromMe === 1,
            status: row.lastStatus,
            deleted: row.lastDeleted === 1,
            senderName: row.lastSenderName,
          },
  };
}

export function toInboxMessage(
  row: MessageRow & Partial<Pick<ThreadRow, 'quotedBody' | 'quotedType' | 'quotedFromMe'>>,
): InboxMessage {
  // The media key stays in core; the renderer only learns that there is a file to open.
  const { media, ...extra } = row.extra ? (JSON.parse(row.extra) as Record<string, unknown>) : {};
  const thumbMime =
    row.type === 'image' && row.mimetype && !row.mimetype.includes('webp') ? row.mimetype : 'image/jpeg';
  return {
    id: row.id,
    deviceId: row.deviceId,
    chatId: row.chatId,
    waId: row.waId,
    fromMe: row.fromMe === 1,
    sender: row.sender,
    senderName: row.senderName,
    type: row.type,
    body: row.body,
    selectedId: row.selectedId,
    mimetype: row.mimetype,
    fileName: row.fileName,
    thumbnail: row.thumbnail ? `data:${thumbMime};base64,${row.thumbnail.toString('base64')}` : null,
    quotedId: row.quotedId,
    quoted:
      row.quotedType != null
        ? { body: row.quotedBody ?? '', type: row.quotedType, fromMe: row.quotedFromMe === 1 }
        : null,
    hasMedia: !!media && row.deleted === 0,
    status: row.status,
    edited: row.edited === 1,
    deleted: row.deleted === 1,
    extra: Object.keys(extra).length ? extra : null,
    timestamp: row.ts,
  };
}

/** What a person types → an FTS5 query: every word must appear, each as a prefix ("ha" finds "halo"). */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (!words.length) return null;
  return words
    .slice(0, 8)
    .map((word) => `"${word.replace(/"/g, '""')}"*`)
    .join(' ');
}

/** A file picked in the inbox goes out as WhatsApp shows that kind of file; anything else as a document. */
function fileMessage(
  file: { name: string; mimetype: string; dataBase64: string },
  caption: string,
): OutgoingMessage {
  const mimetype = file.mimetype || 'application/octet-stream';
  const mediaType = /^image\/(jpeg|png|webp)$/.test(mimetype)
    ? 'image'
    : mimetype.startsWith('video/')
      ? 'video'
      : mimetype.startsWith('audio/')
        ? 'audio'
        : 'document';
  return { kind: 'media', mediaType, file: { ...file, mimetype }, caption: caption || undefined };
}

/** The stored message's Baileys key; rows from before the key was kept get it rebuilt from the chat. */
function keyOf(ref: MediaRef, row: MessageRow, chatJid: string): WAMessageKey {
  if (ref.key) return { id: row.waId, ...ref.key };
  const participant = chatJid.endsWith('@g.us') && row.sender ? `${row.sender}@s.whatsapp.net` : undefined;
  return { id: row.waId, remoteJid: chatJid, fromMe: row.fromMe === 1, participant };
}

export function createInboxHandlers(
  db: Database,
  events: EventBus,
  sessions: SessionRegistry,
  send: MessageSend,
  media: { dispatcher?: Dispatcher; logger: Logger },
) {
  const chatOrThrow = (chatId: number) => {
    const chat = findChat(db, chatId);
    if (!chat) throw new AppError('not_found', `Chat ${chatId} does not exist.`);
    return chat;
  };
  return {
    'inbox.chats': ({ deviceId, cursor, limit }) => {
      const after = decodeCursor(cursor);
      const rows = listChats(db, deviceId, limit, after && { at: after.a, id: after.b });
      const last = rows.at(-1);
      return {
        chats: rows.map(toInboxChat),
        nextCursor: rows.length === limit && last ? encodeCursor(last.lastAt, last.id) : null,
      };
    },
    'inbox.messages': ({ chatId, cursor, limit }) => {
      const before = decodeCursor(cursor);
      const rows = listMessages(db, chatId, limit, before && { ts: before.a, id: before.b });
      const last = rows.at(-1);
      return {
        messages: rows.map(toInboxMessage),
        nextCursor: rows.length === limit && last ? encodeCursor(last.ts, last.id) : null,
      };
    },
    'inbox.search': ({ query, deviceId, limit }) => {
      const match = toFtsQuery(query);
      if (!match) return { hits: [] };
      return {
        hits: searchMessages(db, match, limit, deviceId).map((row) => ({
          ...toInboxMessage(row),
          chatJid: row.chatJid,
          chatName: row.chatName,
          snippet: row.snippet,
        })),
      };
    },
    'inbox.media': async ({ messageId }) => {
      const row = findMessage(db, messageId);
      const ref =
        row?.extra && !row.deleted ? (JSON.parse(row.extra) as { media?: MediaRef }).media : undefined;
      if (!row || !ref) throw new AppError('not_found', `Message ${messageId} has no file.`);
      let data: Buffer;
      try {
        const downloaded = await downloadMediaRef(ref, keyOf(ref, row, findChat(db, row.chatId)?.jid ?? ''), {
          ...media,
          // Asked only when the CDN dropped the file; a device that is not connected cannot reach its phone.
          reupload: (message) => sessions.get(row.deviceId).openSocket().updateMediaMessage(message),
        });
        data = downloaded.data;
        if (downloaded.reuploaded) {
          const extra = JSON.parse(row.extra!) as Record<string, unknown>;
          setMessageExtra(db, row.id, JSON.stringify({ ...extra, media: downloaded.ref }));
        }
      } catch (error) {
        // WhatsApp keeps media for a limited time; a file neither the CDN nor the phone has, or an oversized one,
        // is simply not available. The reason goes to the log, the person gets the plain sentence.
        media.logger.warn({ err: error, messageId }, 'could not open a received file');
        throw appError('not_found', 'media_unavailable');
      }
      const mimetype = row.mimetype?.split(';')[0] || 'application/octet-stream';
      return {
        dataUrl: `data:${mimetype};base64,${data.toString('base64')}`,
        mimetype,
        fileName: row.fileName,
      };
    },
    'inbox.markRead': ({ chatId }) => {
      const chat = markChatRead(db, chatId);
      if (!chat) throw new AppError('not_found', `Chat ${chatId} does not exist.`);
      events.emit('inbox.message', { deviceId: chat.deviceId, chatId, messageId: 0, kind: 'update' });
      // Blue ticks on the sender's phone, best effort: a disconnected device simply skips them.
      try {
        const sock = sessions.get(chat.deviceId).openSocket();
        const isGroup = chat.jid.endsWith('@g.us');
        const keys = recentIncoming(db, chatId, 20).map((m) => ({
          remoteJid: chat.jid,
          id: m.waId,
          fromMe: false,
          participant: isGroup && m.sender ? `${m.sender}@s.whatsapp.net` : undefined,
        }));
        if (keys.length) void sock.readMessages(keys).catch(() => undefined);
      } catch {
        /* not connected */
      }
      return { ok: true };
    },
    'inbox.reply': async ({ chatId, text, quotedId, file }) => {
      const chat = chatOrThrow(chatId);
      const device = findDevice(db, chat.deviceId);
      if (!device) throw new AppError('not_found', `Device ${chat.deviceId} does not exist.`);
      if (!file && !text.trim())
        throw appError('invalid_input', 'message_text_required', undefined, {
          text: 'message_text_required',
        });
      const message: OutgoingMessage = file ? fileMessage(file, text) : { kind: 'text', text };
      return send.one({ from: device.number, to: chat.jid, message, quotedId });
    },
  } satisfies HandlersFor<
    'inbox.chats' | 'inbox.messages' | 'inbox.search' | 'inbox.media' | 'inbox.markRead' | 'inbox.reply'
  >;
}
