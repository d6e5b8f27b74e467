// SQL of the inbox: chats, messages (deduplicated by WhatsApp id), status/edit/delete updates, paging, search.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import type { InboundMessage } from './inbound-normalize';
import { searchTable } from './search-index';

export interface ChatRow {
  id: number;
  deviceId: number;
  jid: string;
  name: string | null;
  isGroup: number;
  unread: number;
  lastAt: number;
  lastBody: string | null;
  lastType: string | null;
  lastFromMe: number | null;
  lastStatus: string | null;
  lastDeleted: number | null;
  lastSenderName: string | null;
}

export interface MessageRow {
  id: number;
  deviceId: number;
  chatId: number;
  waId: string;
  fromMe: number;
  sender: string | null;
  senderLid: string | null;
  senderName: string | null;
  type: string;
  body: string;
  selectedId: string | null;
  mimetype: string | null;
  fileName: string | null;
  thumbnail: Buffer | null;
  quotedId: string | null;
  status: string | null;
  edited: number;
  deleted: number;
  extra: string | null;
  ts: number;
}

const messageColumns = `m.id, m.device_id AS deviceId, m.chat_id AS chatId, m.wa_id AS waId, m.from_me AS fromMe, m.sender,
  m.sender_lid AS senderLid, m.sender_name AS senderName, m.type, m.body, m.selected_id AS selectedId, m.mimetype,
  m.file_name AS fileName, m.thumbnail, m.quoted_id AS quotedId, m.status, m.edited, m.deleted, m.extra, m.ts`;

const chatColumns = `c.id, c.device_id AS deviceId, c.jid, c.name, c.is_group AS isGroup, c.unread, c.last_at AS lastAt,
  m.body AS lastBody, m.type AS lastType, m.from_me AS lastFromMe, m.status AS lastStatus, m.deleted AS lastDeleted, m.sender_name AS lastSenderName`;

/** Finds or creates the chat; a better name (saved contact, pushName, group subject) replaces none. */
export function upsertChat(
  db: Database,
  deviceId: number,
  jid: string,
  isGroup: boolean,
  name: string | null,
): number {
  const row = cached(
    db,
    `INSERT INTO chats (device_id, jid, is_group, name) VALUES (?, ?, ?, ?)
       ON CONFLICT (device_id, jid) DO UPDATE SET name = coalesce(chats.name, excluded.name)
       RETURNING id`,
  ).get(deviceId, jid, isGroup ? 1 : 0, name) as { id: number };
  return row.id;
}

/** Contacts only fill a missing name of a chat that exists; they never create chats. */
export function nameChatIfUnnamed(db: Database, deviceId: number, jid: string, name: string): void {
  cached(db, `UPDATE chats SET name = ? WHERE device_id = ? AND jid = ? AND name IS NULL`).run(
    name,
    deviceId,
    jid,
  );
}

export function setChatName(db: Database, deviceId: number, jid: string, name: string): void {
  cached(db, `UPDATE chats SET name = ? WHERE device_id = ? AND jid = ?`).run(name, deviceId, jid);
}

/** The new row's id, or null when this WhatsApp id is already stored for the device (a redelivery). */
export function insertMessage(
  db: Database,
  deviceId: number,
  chatId: number,
  m: InboundMessage,
  status: string | null,
): number | null {
  const row = cached(
    db,
    `INSERT INTO messages (device_id, chat_id, wa_id, from_me, sender, sender_lid, sender_name, type, body, selected_id,
         mimetype, file_name, thumbnail, quoted_id, status, extra, ts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (device_id, wa_id) DO NOTHING RETURNING id`,
  ).get(
    deviceId,
    chatId,
    m.waId,
    m.fromMe ? 1 : 0,
    m.sender,
    m.senderLid,
    m.pushName,
    m.type,
    m.body,
    m.selectedId,
    m.mimetype,
    m.fileName,
    m.thumbnail,
    m.quotedId,
    status,
    m.extra ? JSON.stringify(m.extra) : null,
    m.timestamp,
  ) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * Moves the chat's last message forward (never back: history arrives out of order) and counts unread:
 * 'add' for an incoming message, 'clear' when we answered (from the app or the phone, as WhatsApp does).
 */
export function touchChat(
  db: Database,
  chatId: number,
  messageId: number,
  ts: number,
  unread: 'add' | 'clear' | 'keep',
): void {
  cached(
    db,
    `UPDATE chats SET
       last_message_id = CASE WHEN @ts >= last_at THEN @messageId ELSE last_message_id END,
       last_at = max(last_at, @ts),
       unread = CASE @unread WHEN 'add' THEN unread + 1 WHEN 'clear' THEN 0 ELSE unread END
     WHERE id = @chatId`,
  ).run({ chatId, messageId, ts, unread });
}

export function findMessage(db: Database, id: number): MessageRow | undefined {
  return cached(db, `SELECT ${messageColumns} FROM messages m WHERE m.id = ?`).get(id) as
    MessageRow | undefined;
}

/** Keeps a re-uploaded file's new address (messages/inbound-media.ts). */
export function setMessageExtra(db: Database, id: number, extra: string): void {
  cached(db, `UPDATE messages SET extra = ? WHERE id = ?`).run(extra, id);
}

export function findMessageByWaId(db: Database, deviceId: number, waId: string): MessageRow | undefined {
  return cached(db, `SELECT ${messageColumns} FROM messages m WHERE m.device_id = ? AND m.wa_id = ?`).get(
    deviceId,
    waId,
  ) as MessageRow | undefined;
}

const statusRank: Record<string, number> = {
  failed: -1,
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  played: 4,
};

/** Receipts arrive out of order; a status only ever moves forward. Returns the row when it changed. */
export function updateMessageStatus(
  db: Database,
  deviceId: number,
  waId: string,
  status: string,
): MessageRow | undefined {
  const row = findMessageByWaId(db, deviceId, waId);
  if (!row || (statusRank[row.status ?? 'pending'] ?? 0) >= (statusRank[status] ?? 0)) return undefined;
  cached(db, `UPDATE messages SET status = ? WHERE id = ?`).run(status, row.id);
  return { ...row, status };
}

export function editMessage(
  db: Database,
  deviceId: number,
  waId: string,
  body: string,
): MessageRow | undefined {
  cached(db, `UPDATE messages SET body = ?, edited = 1 WHERE device_id = ? AND wa_id = ?`).run(
    body,
    deviceId,
    waId,
  );
  return findMessageByWaId(db, deviceId, waId);
}

export function deleteMessageContent(db: Database, deviceId: number, waId: string): MessageRow | undefined {
  cached(
    db,
    `UPDATE messages SET body = '', thumbnail = NULL, deleted = 1 WHERE device_id = ? AND wa_id = ?`,
  ).run(deviceId, waId);
  return findMessageByWaId(db, deviceId, waId);
}

export function findChat(db: Database, chatId: number): ChatRow | undefined {
  return cached(
    db,
    `SELECT ${chatColumns} FROM chats c LEFT JOIN messages m ON m.id = c.last_message_id WHERE c.id = ?`,
  ).get(chatId) as ChatRow | undefined;
}

/** Newest chat first; the cursor is the last row's (last_at, id). */
export function listChats(
  db: Database,
  deviceId: number,
  limit: number,
  after?: { at: number; id: number },
): ChatRow[] {
  return cached(
    db,
    `SELECT ${chatColumns} FROM chats c LEFT JOIN messages m ON m.id = c.last_message_id
       WHERE c.device_id = @deviceId AND c.last_at <= @at AND NOT (c.last_at = @at AND c.id >= @id)
       ORDER BY c.last_at DESC, c.id DESC LIMIT @limit`,
  ).all({ deviceId, at: after?.at ?? Number.MAX_SAFE_INTEGER, id: after?.id ?? 0, limit }) as ChatRow[];
}

/** Newest message first; the cursor is the oldest loaded row's (ts, id), so paging never skips or repeats. */
/** A thread row also carries the message it replies or reacts to, when that one is stored. */
export type ThreadRow = MessageRow & {
  quotedBody: string | null;
  quotedType: string | null;
  quotedFromMe: number | null;
};

export function listMessages(
  db: Database,
  chatId: number,
  limit: number,
  before?: { ts: number; id: number },
): ThreadRow[] {
  return cached(
    db,
    `SELECT ${messageColumns}, q.body AS quotedBody, q.type AS quotedType, q.from_me AS quotedFromMe
       FROM messages m LEFT JOIN messages q ON q.device_id = m.device_id AND q.wa_id = m.quoted_id
       WHERE m.chat_id = @chatId AND m.ts <= @ts AND NOT (m.ts = @ts AND m.id >= @id)
       ORDER BY m.ts DESC, m.id DESC LIMIT @limit`,
  ).all({
    chatId,
    ts: before?.ts ?? Number.MAX_SAFE_INTEGER,
    id: before?.id ?? Number.MAX_SAFE_INTEGER,
    limit,
  }) as ThreadRow[];
}

export type SearchRow = MessageRow & { chatJid: string; chatName: string | null; snippet: string };

/**
 * Full-text search, newest match first. Ordering by the FTS rowid (insertion order) lets FTS5 stream matches
 * instead of sorting every hit of a common word — insertion order is close enough to time for a search list.
 */
export function searchMessages(db: Database, match: string, limit: number, deviceId?: number): SearchRow[] {
  const fts = searchTable(db);
  return cached(
    db,
    `SELECT ${messageColumns}, c.jid AS chatJid, c.name AS chatName,
         snippet(${fts}, 0, '[', ']', '…', 12) AS snippet
       FROM ${fts} JOIN messages m ON m.id = ${fts}.rowid JOIN chats c ON c.id = m.chat_id
       WHERE ${fts} MATCH @match AND (@deviceId IS NULL OR m.device_id = @deviceId) AND m.deleted = 0
       ORDER BY ${fts}.rowid DESC LIMIT @limit`,
  ).all({ match, deviceId: deviceId ?? null, limit }) as SearchRow[];
}

export function markChatRead(db: Database, chatId: number): { deviceId: number; jid: string } | undefined {
  return cached(db, `UPDATE chats SET unread = 0 WHERE id = ? RETURNING device_id AS deviceId, jid`).get(
    chatId,
  ) as { deviceId: number; jid: string } | undefined;
}

/** The newest few incoming message keys of a chat (what a read receipt acknowledges). */
export function recentIncoming(
  db: Database,
  chatId: number,
  limit: number,
): Array<{ waId: string; sender: string | null; senderLid: string | null }> {
  return cached(
    db,
    `SELECT wa_id AS waId, sender, sender_lid AS senderLid FROM messages
       WHERE chat_id = ? AND from_me = 0 ORDER BY ts DESC, id DESC LIMIT ?`,
  ).all(chatId, limit) as Array<{ waId: string; sender: string | null; senderLid: string | null }>;
}

/** True when the pair is new (or the LID moved to another number). */
/** True when the pair is new or the number changed (chats under the LID then merge); `fromLid` only sets send_to_lid. */
export function rememberLid(db: Database, lid: string, phone: string, fromLid = false): boolean {
  if (fromLid)
    cached(db, `UPDATE lid_map SET send_to_lid = 1 WHERE lid = ? AND pn = ? AND send_to_lid = 0`).run(
      lid,
      phone,
    );
  return (
    cached(
      db,
      `INSERT INTO lid_map (lid, pn, send_to_lid) VALUES (?, ?, ?)
       ON CONFLICT (lid) DO UPDATE SET pn = excluded.pn, send_to_lid = max(send_to_lid, excluded.send_to_lid)
       WHERE pn != excluded.pn`,
    ).run(lid, phone, fromLid ? 1 : 0).changes > 0
  );
}

/**
 * Chats first seen under someone's @lid (number unknown then) join their phone-number chat once the number is
 * known. Returns the chats that received messages, per device.
 */
export function mergeLidChats(
  db: Database,
  lid: string,
  phone: string,
): Array<{ deviceId: number; chatId: number }> {
  const lidChats = cached(db, `SELECT id, device_id AS deviceId, name, unread FROM chats WHERE jid = ?`).all(
    lid,
  ) as Array<{
    id: number;
    deviceId: number;
    name: string | null;
    unread: number;
  }>;
  return lidChats.map((chat) => {
    const target = upsertChat(db, chat.deviceId, `${phone}@s.whatsapp.net`, false, chat.name);
    cached(db, `UPDATE messages SET chat_id = ? WHERE chat_id = ?`).run(target, chat.id);
    cached(
      db,
      `UPDATE chats SET unread = unread + @unread,
         last_message_id = (SELECT id FROM messages WHERE chat_id = @target ORDER BY ts DESC, id DESC LIMIT 1),
         last_at = (SELECT coalesce(max(ts), 0) FROM messages WHERE chat_id = @target)
       WHERE id = @target`,
    ).run({ unread: chat.unread, target });
    cached(db, `DELETE FROM chats WHERE id = ?`).run(chat.id);
    return { deviceId: chat.deviceId, chatId: target };
  });
}

/**
 * Whether this person ever wrote to the device in a 1:1 chat (by number, or by a LID known to be theirs): their
 * chat exists, so a message to them does not start a new chat (what WhatsApp's timelock and cap are about).
 */
export function hasWrittenToDevice(db: Database, deviceId: number, phone: string): boolean {
  return (
    cached(
      db,
      `SELECT 1 FROM chats c WHERE c.device_id = @deviceId AND c.is_group = 0
         AND (c.jid = @jid OR c.jid IN (SELECT lid FROM lid_map WHERE pn = @phone))
         AND EXISTS (SELECT 1 FROM messages m WHERE m.chat_id = c.id AND m.from_me = 0) LIMIT 1`,
    ).get({ deviceId, jid: `${phone}@s.whatsapp.net`, phone }) !== undefined
  );
}

export function phoneOfLid(db: Database, lid: string): string | null {
  return (
    (cached(db, `SELECT pn FROM lid_map WHERE lid = ?`).get(lid) as { pn: string } | undefined)?.pn ?? null
  );
}

/** The LIDs known for a phone number (usually one). */
export function lidsOfPhone(db: Database, phone: string): string[] {
  return (cached(db, `SELECT lid FROM lid_map WHERE pn = ?`).all(phone) as Array<{ lid: string }>).map(
    (r) => r.lid,
  );
}
