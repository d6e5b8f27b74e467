// Who got and who viewed a Status post: WhatsApp sends `<receipt from="status@broadcast" participant=viewer>` (a
// delivery; `type="read"` when viewed), which Baileys emits as `message-receipt.update` with the viewer as
// `receipt.userJid` (lib/Socket/messages-recv.js handleReceipt, the group/status branch). An error ack on the post
// (e.g. 479, Baileys#2794) comes as `messages.update` with status ERROR.
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { phoneOfLid } from '../messages/inbox-queries';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { STATUS_JID } from './post-status';
import { findPostByWaId, recordReceipt, setPostError } from './queries';

// proto.WebMessageInfo.Status.ERROR (a number: importing the proto enum pulls Baileys' whole proto in).
const ERROR = 0;

interface Receipt {
  waId: string;
  userJid: string;
  kind: 'delivered' | 'viewed';
  at: number;
}

/** The viewer's number: the jid's digits, or the number the inbox knows for a LID. */
function phoneOf(db: Database, jid: string): string | null {
  const [user, server] = jid.split('@');
  const digits = user.split(':')[0];
  if (server === 's.whatsapp.net') return digits;
  if (server === 'lid') return phoneOfLid(db, `${digits}@lid`) ?? phoneOfLid(db, digits);
  return null;
}

export function watchStatusReceipts(deps: {
  db: Database;
  events: EventBus;
  logger: Logger;
  sessions: SessionRegistry;
}): () => void {
  const { db, events, sessions } = deps;
  // A receipt can beat the post's row (stored right after Baileys hands the stanza over): kept a moment.
  const early = new Map<string, Receipt[]>();
  const apply = (deviceId: number, receipt: Receipt): boolean => {
    const post = findPostByWaId(db, deviceId, receipt.waId);
    const phone = phoneOf(db, receipt.userJid);
    if (!post || !phone) return false;
    if (recordReceipt(db, post.id, phone, receipt.kind, receipt.at))
      events.emit('status.changed', { deviceId });
    return true;
  };
  const keepEarly = (deviceId: number, receipt: Receipt) => {
    const key = `${deviceId}|${receipt.waId}`;
    const list = early.get(key) ?? [];
    list.push(receipt);
    early.set(key, list);
    setTimeout(() => {
      const waiting = early.get(key);
      early.delete(key);
      for (const r of waiting ?? []) apply(deviceId, r);
    }, 2000).unref();
  };
  return sessions.onSocket((deviceId, sock) => {
    sock.ev.on('message-receipt.update', (updates) => {
      for (const { key, receipt } of updates) {
        if (key.remoteJid !== STATUS_JID || !key.id || !receipt.userJid) continue;
        const seconds = Number(receipt.readTimestamp ?? receipt.receiptTimestamp ?? 0);
        const kind = receipt.readTimestamp ? 'viewed' : receipt.receiptTimestamp ? 'delivered' : null;
        if (!kind) continue;
        const found: Receipt = {
          waId: key.id,
          userJid: receipt.userJid,
          kind,
          at: seconds ? seconds * 1000 : Date.now(),
        };
        try {
          if (!apply(deviceId, found)) keepEarly(deviceId, found);
        } catch (error) {
          deps.logger.warn({ err: error, deviceId }, 'could not record a status receipt');
        }
      }
    });
    sock.ev.on('messages.update', (updates) => {
      for (const { key, update } of updates) {
        if (key.remoteJid !== STATUS_JID || !key.id || update.status !== ERROR) continue;
        const post = findPostByWaId(db, deviceId, key.id);
        if (!post) continue;
        setPostError(db, post.id, String(update.messageStubParameters?.[0] ?? 'error'));
        events.emit('status.changed', { deviceId });
      }
    });
  });
}
