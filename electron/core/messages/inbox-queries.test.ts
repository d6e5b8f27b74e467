// Inbox SQL (migration 004): dedupe, cursor paging with the index, FTS kept in step, LID chats folded.
import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { insertDevice } from '../devices/queries';
import type { InboundMessage } from './inbound-normalize';
import {
  deleteMessageContent,
  editMessage,
  insertMessage,
  listMessages,
  searchMessages,
  touchChat,
  upsertChat,
  findChat,
  mergeLidChats,
  rememberLid,
} from './inbox-queries';

const message = (waId: string, body: string, timestamp: number): InboundMessage => ({
  waId,
  body,
  timestamp,
  chatJid: '6281234567890@s.whatsapp.net',
  isGroup: false,
  fromMe: false,
  sender: '6281234567890',
  senderLid: null,
  pushName: 'A',
  type: 'text',
  selectedId: null,
  mimetype: null,
  fileName: null,
  thumbnail: null,
  quotedId: null,
  extra: null,
});

function setup() {
  const db = tempDatabase();
  const device = insertDevice(db, '6281234567800', '');
  const chatId = upsertChat(db, device.id, '6281234567890@s.whatsapp.net', false, 'A');
  return { db, deviceId: device.id, chatId };
}

describe('inbox queries (migration 004)', () => {
  it('stores a WhatsApp id once per device', () => {
    const { db, deviceId, chatId } = setup();
    expect(insertMessage(db, deviceId, chatId, message('X', 'a', 1), null)).toBeTypeOf('number');
    expect(insertMessage(db, deviceId, chatId, message('X', 'a', 1), null)).toBeNull();
  });

  it('pages a thread by (ts, id) without repeating or skipping rows that share a timestamp', () => {
    const { db, deviceId, chatId } = setup();
    for (let i = 0; i < 25; i++) {
      const id = insertMessage(
        db,
        deviceId,
        chatId,
        message(`M${i}`, `m${i}`, 1000 + Math.floor(i / 5)),
        null,
      )!;
      touchChat(db, chatId, id, 1000 + Math.floor(i / 5), 'add');
    }
    const seen: string[] = [];
    let before: { ts: number; id: number } | undefined;
    for (;;) {
      const page = listMessages(db, chatId, 7, before);
      seen.push(...page.map((row) => row.waId));
      if (page.length < 7) break;
      before = { ts: page.at(-1)!.ts, id: page.at(-1)!.id };
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `M${24 - i}`));
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM messages WHERE chat_id = 1 AND ts <= 5 ORDER BY ts DESC, id DESC LIMIT 5`,
      )
      .all();
    expect(JSON.stringify(plan)).toContain('messages_chat_ts');
  });

  it('keeps the full-text index in step with edits and deletions', () => {
    const { db, deviceId, chatId } = setup();
    insertMessage(db, deviceId, chatId, message('E', 'harga sepuluh ribu', 1), null);
    expect(searchMessages(db, '"sepuluh"*', 10)).toHaveLength(1);
    editMessage(db, deviceId, 'E', 'harga dua belas ribu');
    expect(searchMessages(db, '"sepuluh"*', 10)).toHaveLength(0);
    expect(searchMessages(db, '"belas"*', 10)[0].snippet).toContain('[belas]');
    deleteMessageContent(db, deviceId, 'E');
    expect(searchMessages(db, '"belas"*', 10)).toHaveLength(0);
  });

  it('folds a chat kept under an @lid into the phone-number chat once the number is known', () => {
    const { db, deviceId, chatId } = setup();
    const lidChat = upsertChat(db, deviceId, '999@lid', false, 'Budi');
    for (const [waId, chat, ts] of [
      ['L1', lidChat, 5],
      ['P1', chatId, 3],
      ['L2', lidChat, 7],
    ] as const) {
      const id = insertMessage(db, deviceId, chat, message(waId, waId, ts), null)!;
      touchChat(db, chat, id, ts, 'add');
    }
    expect(rememberLid(db, '999@lid', '6281234567890')).toBe(true);
    expect(rememberLid(db, '999@lid', '6281234567890')).toBe(false);
    expect(mergeLidChats(db, '999@lid', '6281234567890')).toEqual([{ deviceId, chatId }]);
    expect(listMessages(db, chatId, 10).map((m) => m.waId)).toEqual(['L2', 'L1', 'P1']);
    expect(findChat(db, chatId)).toMatchObject({ unread: 3, lastAt: 7, lastBody: 'L2' });
    expect(findChat(db, lidChat)).toBeUndefined();
  });
});
