// A Baileys WAMessage → our InboundMessage: who (phone numbers, LID resolved), which chat, what it says.
import {
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  isLidUser,
  jidNormalizedUser,
  type WAMessage,
} from '@whiskeysockets/baileys';
import { readInboundContent, type InboundContent } from './inbound-content';

export interface InboundMessage extends InboundContent {
  waId: string;
  /** Chat jid: the person's phone jid when known (else their @lid), or the group jid. */
  chatJid: string;
  isGroup: boolean;
  fromMe: boolean;
  /** Phone number (digits) of whoever wrote it, when known. */
  sender: string | null;
  /** The author's @lid, when WhatsApp addressed them by one. */
  senderLid: string | null;
  pushName: string | null;
  /** Milliseconds since epoch. */
  timestamp: number;
}

export interface AddressBook {
  /** Phone digits of a LID jid (`123@lid`), if known. */
  phoneOfLid(lid: string): string | null;
  /**
   * Learned from the message itself (key.remoteJidAlt / participantAlt / sender_lid); `fromLid`: the contact
   * addressed us by its LID, so answers go to the LID too (whatsapp/lid-address.ts).
   */
  remember(lid: string, phone: string, fromLid?: boolean): void;
}

const digits = (jid: string) => jid.split('@')[0].split(':')[0];
const isPhoneJid = (jid: string | null | undefined): jid is string =>
  !!jid && /@(s\.whatsapp\.net|c\.us)$/.test(jid);

/** A user jid (PN or LID) and its alternative → {phone, lid}, remembering the pair. */
export function resolvePerson(jid: string, alt: string | null | undefined, book: AddressBook) {
  const primary = jidNormalizedUser(jid);
  const other = alt ? jidNormalizedUser(alt) : null;
  const lid = isLidUser(primary) ? primary : other && isLidUser(other) ? other : null;
  let phone = isPhoneJid(primary) ? digits(primary) : isPhoneJid(other) ? digits(other) : null;
  if (lid && phone) book.remember(lid, phone, primary === lid);
  if (lid && !phone) phone = book.phoneOfLid(lid);
  return { phone, lid };
}

/** Chats we never show or forward: status updates, broadcast lists, channels. */
export function isIgnoredChat(jid: string): boolean {
  return !!(isJidStatusBroadcast(jid) || isJidBroadcast(jid) || isJidNewsletter(jid));
}

export function normalizeInbound(
  msg: WAMessage,
  book: AddressBook,
  ownNumber: string,
): InboundMessage | null {
  const key = msg.key;
  const remoteJid = key?.remoteJid;
  if (!remoteJid || !key.id || isIgnoredChat(remoteJid) || msg.broadcast) return null;
  const content = readInboundContent(msg.message);
  if (!content) return null;
  const isGroup = !!isJidGroup(remoteJid);
  const fromMe = !!key.fromMe;
  let chatJid: string;
  let sender: string | null;
  let senderLid: string | null = null;
  if (isGroup) {
    chatJid = remoteJid;
    if (fromMe) sender = ownNumber;
    else {
      const author = key.participant
        ? resolvePerson(key.participant, key.participantAlt, book)
        : { phone: null, lid: null };
      sender = author.phone;
      senderLid = author.lid;
    }
  } else {
    const peer = resolvePerson(remoteJid, key.remoteJidAlt, book);
    chatJid = peer.phone ? `${peer.phone}@s.whatsapp.net` : (peer.lid ?? jidNormalizedUser(remoteJid));
    sender = fromMe ? ownNumber : peer.phone;
    senderLid = fromMe ? null : peer.lid;
  }
  const seconds = Number(msg.messageTimestamp ?? 0);
  return {
    ...content,
    waId: key.id,
    chatJid,
    isGroup,
    fromMe,
    sender,
    senderLid,
    pushName: fromMe ? null : (msg.pushName ?? null),
    timestamp: seconds > 0 ? seconds * 1000 : Date.now(),
  };
}
