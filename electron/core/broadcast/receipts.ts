// Listens to every WhatsApp socket for what campaigns need: delivery/read receipts of sent recipients, error acks
// (429 = rate limit), and opt-out replies ("STOP", "berhenti").
import type { WAMessage, WAMessageKey, WASocket } from '@whiskeysockets/baileys';
import type { SessionRegistry } from '../whatsapp/session-registry';

// proto.WebMessageInfo.Status values (kept as numbers: importing the proto enum pulls Baileys' whole proto in).
const ERROR = 0;
const DELIVERY_ACK = 3;
const READ = 4;
const PLAYED = 5;

export interface ReceiptHandlers {
  onStatus(deviceId: number, messageId: string, status: 'delivered' | 'read'): void;
  onErrorAck(deviceId: number, messageId: string, code: string): void;
  onIncomingText(deviceId: number, fromPhone: string, text: string): void;
}

/** The phone number (digits) of a chat, also when WhatsApp addresses it by @lid and gives the number as the alt. */
export function phoneOfKey(key: WAMessageKey): string | null {
  const candidates = [key.remoteJid, key.remoteJidAlt, (key as { senderPn?: string }).senderPn];
  const pn = candidates.find((jid) => jid?.endsWith('@s.whatsapp.net'));
  return pn ? pn.split('@')[0].split(':')[0] : null;
}

const textOf = (message: WAMessage['message']): string =>
  message?.conversation ?? message?.extendedTextMessage?.text ?? '';

function statusOf(
  deviceId: number,
  key: WAMessageKey,
  status: number | null | undefined,
  stub: string[] | null | undefined,
  on: ReceiptHandlers,
) {
  if (!key.fromMe || !key.id || status === null || status === undefined) return;
  if (status === ERROR) on.onErrorAck(deviceId, key.id, stub?.[0] ?? 'error');
  else if (status === DELIVERY_ACK) on.onStatus(deviceId, key.id, 'delivered');
  else if (status === READ || status === PLAYED) on.onStatus(deviceId, key.id, 'read');
}

export function watchReceipts(sessions: SessionRegistry, on: ReceiptHandlers): () => void {
  return sessions.onSocket((deviceId: number, sock: WASocket) => {
    sock.ev.on('messages.update', (updates) => {
      for (const { key, update } of updates)
        statusOf(deviceId, key, update.status, update.messageStubParameters, on);
    });
    sock.ev.on('messages.upsert', ({ messages, type }) => {
      for (const message of messages) {
        // rc14 may fold a receipt or an error ack into the upsert of the message it sent.
        if (message.key.fromMe) {
          statusOf(deviceId, message.key, message.status, message.messageStubParameters, on);
          continue;
        }
        if (type !== 'notify' || message.key.remoteJid?.endsWith('@g.us')) continue;
        const phone = phoneOfKey(message.key);
        const text = textOf(message.message).trim();
        if (phone && text) on.onIncomingText(deviceId, phone, text);
      }
    });
  });
}

/** "stop", " STOP! ", "Berhenti." all match the word STOP / BERHENTI; a longer sentence does not. */
export function matchesOptOut(text: string, words: string[]): string | null {
  const cleaned = text
    .trim()
    .replace(/[.!?\s]+$/u, '')
    .toUpperCase();
  return words.find((word) => word.trim().toUpperCase() === cleaned) ?? null;
}
