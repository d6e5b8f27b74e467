// Messages kept between Baileys decrypting them and the inbox storing them (migration 015). Baileys sends the
// delivery receipt right after decrypting (Socket/messages-recv.js handleMessage), and WhatsApp never delivers a
// receipted message again; the app stores it a moment later. A kill -9 in between would lose it, so the message
// is written here first (patch keep-before-receipt) and the inbox pipeline stores what is left at the next start.
import { cleanMessage, proto, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';

export type ReceivedJournal = ReturnType<typeof createReceivedJournal>;

export interface JournaledMessage {
  deviceId: number;
  msg: WAMessage;
  upsertType: 'append' | 'notify';
}

export function createReceivedJournal(db: Database, now: () => number = Date.now) {
  return {
    /** Synchronous: done before Baileys sends the receipt. `me` cleans the copy as Baileys will clean its own. */
    keep(
      deviceId: number,
      msg: proto.IWebMessageInfo,
      upsertType: 'append' | 'notify',
      me: { id: string; lid?: string } | undefined,
    ): void {
      if (!msg.key?.id || !msg.key.remoteJid || !msg.message) return;
      const copy = proto.WebMessageInfo.decode(proto.WebMessageInfo.encode(msg).finish()) as WAMessage;
      // The proto drops Baileys' extra key fields (remoteJidAlt, participantAlt…): the key goes as JSON.
      copy.key = { ...msg.key };
      if (me) cleanMessage(copy, me.id, me.lid ?? '');
      cached(
        db,
        `INSERT OR IGNORE INTO wa_inbound_journal (device_id, remote_jid, wa_id, upsert_type, info, msg_key, kept_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        deviceId,
        msg.key.remoteJid,
        msg.key.id,
        upsertType,
        Buffer.from(proto.WebMessageInfo.encode(copy).finish()),
        JSON.stringify(copy.key),
        now(),
      );
    },

    /** The inbox pipeline has handled it (stored, or dropped as a duplicate or an unsupported kind). */
    forget(deviceId: number, key: WAMessageKey): void {
      if (!key.id) return;
      cached(db, 'DELETE FROM wa_inbound_journal WHERE device_id = ? AND wa_id = ?').run(deviceId, key.id);
    },

    /** What a crash left behind, oldest first. */
    leftOver(): JournaledMessage[] {
      const rows = cached(
        db,
        'SELECT device_id AS deviceId, upsert_type AS upsertType, info, msg_key AS msgKey FROM wa_inbound_journal ORDER BY kept_at',
      ).all() as { deviceId: number; upsertType: 'append' | 'notify'; info: Buffer; msgKey: string }[];
      return rows.map((row) => {
        const msg = proto.WebMessageInfo.decode(row.info) as WAMessage;
        msg.key = JSON.parse(row.msgKey) as WAMessageKey;
        return { deviceId: row.deviceId, msg, upsertType: row.upsertType };
      });
    },
  };
}
