// Changes to stored messages: delivery/read receipts, edits and deletions (Baileys' messages.update).
import { WAMessageStubType, type WAMessageUpdate, type proto } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import { readInboundContent } from './inbound-content';
import { deleteMessageContent, editMessage, updateMessageStatus, type MessageRow } from './inbox-queries';

/** Baileys' numeric WebMessageInfo.Status → our words. */
export const statusNames: Record<number, string> = {
  0: 'failed',
  1: 'pending',
  2: 'sent',
  3: 'delivered',
  4: 'read',
  5: 'played',
};

export type MessageChange = { row: MessageRow; change: 'status' | 'edit' | 'delete' };

export function applyMessageUpdate(
  db: Database,
  deviceId: number,
  { key, update }: WAMessageUpdate,
): MessageChange | null {
  if (!key.id) return null;
  if (update.message === null || update.messageStubType === WAMessageStubType.REVOKE) {
    const row = deleteMessageContent(db, deviceId, key.id);
    return row ? { row, change: 'delete' } : null;
  }
  const edited = (update.message as proto.IMessage | undefined)?.editedMessage?.message;
  if (edited) {
    const content = readInboundContent(edited);
    const row = content ? editMessage(db, deviceId, key.id, content.body) : undefined;
    return row ? { row, change: 'edit' } : null;
  }
  if (typeof update.status === 'number' && statusNames[update.status]) {
    const row = updateMessageStatus(db, deviceId, key.id, statusNames[update.status]);
    return row ? { row, change: 'status' } : null;
  }
  return null;
}
