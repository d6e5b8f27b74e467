// Stores one normalized message (chat + row) and runs the hooks that must share its transaction.
import type { Database } from 'better-sqlite3';
import type { InboundMessage } from './inbound-normalize';
import { insertMessage, touchChat, upsertChat, type MessageRow, findMessage } from './inbox-queries';

export interface StoredInbound {
  deviceId: number;
  /** The linked device's own number. */
  deviceNumber: string;
  chatId: number;
  row: MessageRow;
  message: InboundMessage;
  /** Decrypted image bytes (images only, size-capped), for the webhook's bufferImage. */
  image: Buffer | null;
  /** Arrived live from someone else (not history, not sent by us): webhooks and auto-replies act on these. */
  live: boolean;
  /** Came from WhatsApp's offline queue: written while the app was off (or before a crash cut off its ack). */
  offline: boolean;
}

/** Called inside the message's transaction, e.g. to enqueue its webhook delivery (both exist, or neither). */
export type InTransactionHook = (stored: StoredInbound) => void;

export function storeInbound(
  db: Database,
  input: Omit<StoredInbound, 'chatId' | 'row'>,
  chatName: string | null,
  hooks: InTransactionHook[],
): StoredInbound | null {
  return db.transaction(() => {
    const { message } = input;
    const chatId = upsertChat(db, input.deviceId, message.chatJid, message.isGroup, chatName);
    const status = message.fromMe ? 'sent' : null;
    const id = insertMessage(db, input.deviceId, chatId, message, status);
    if (id === null) return null;
    touchChat(
      db,
      chatId,
      id,
      message.timestamp,
      message.fromMe ? 'clear' : message.type === 'reaction' ? 'keep' : 'add',
    );
    const stored: StoredInbound = { ...input, chatId, row: findMessage(db, id)! };
    for (const hook of hooks) hook(stored);
    return stored;
  })();
}
