// Linked device → phone: decrypt the phone's copy (pkmsg/msg/skmsg), decode, fetch+decrypt media, send receipts.
import { type BinaryNode, type MediaType, proto, unpadRandomMax16 } from '@whiskeysockets/baileys';
import type { EmulatorContext } from './context.js';
import { unixNow } from './context.js';
import { describeContent, extraStanzaNodes, type ReceivedMessage, unwrapMessage } from './decode-content.js';
import { deliverToDevice, deviceJid, deviceLidJid, type LinkedDevice } from './linked-device.js';
import { decryptMedia, sha256Hex } from './media-crypto.js';
import type { Phone } from './phone.js';
import { isStatusBroadcast } from './status-broadcast.js';

export interface PhoneDelivery {
  stanza: BinaryNode;
  sender: LinkedDevice;
  /** The pairwise `<enc>` addressed to this phone, if any. */
  enc?: BinaryNode;
  /** The group `<enc type=skmsg>`, for group messages. */
  skmsg?: BinaryNode;
  group?: string;
}

const asBuffer = (content: BinaryNode['content']) => Buffer.from(content as Uint8Array);

async function decryptDelivery(phone: Phone, d: PhoneDelivery) {
  const repo = phone.identity.repo;
  // Baileys keys a status post's sender key to the sender's LID (status-broadcast.ts), a group's to its number.
  const senderPn = isStatusBroadcast(d.group) ? deviceLidJid(d.sender) : deviceJid(d.sender);
  let message: proto.IMessage | undefined;
  if (d.enc) {
    const type = d.enc.attrs.type as 'pkmsg' | 'msg';
    const plain = await repo.decryptMessage({
      jid: deviceLidJid(d.sender),
      type,
      ciphertext: asBuffer(d.enc.content),
    });
    message = proto.Message.decode(unpadRandomMax16(plain));
    const skdm = message.senderKeyDistributionMessage;
    if (skdm?.axolotlSenderKeyDistributionMessage && d.group) {
      await repo.processSenderKeyDistributionMessage({
        item: { ...skdm, groupId: skdm.groupId ?? d.group },
        authorJid: senderPn,
      });
    }
  }
  if (d.skmsg && d.group) {
    const plain = await repo.decryptGroupMessage({
      group: d.group,
      authorJid: senderPn,
      msg: asBuffer(d.skmsg.content),
    });
    message = proto.Message.decode(unpadRandomMax16(plain));
  }
  return message;
}

const MEDIA_TYPES: Record<string, MediaType> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  document: 'document',
  sticker: 'sticker',
};

async function attachMedia(ctx: EmulatorContext, record: ReceivedMessage, message: proto.IMessage) {
  const media = record.media;
  if (!media) return;
  const body = (message as Record<string, any>)[record.type] ?? {};
  const path = media.directPath ?? (media.url ? new URL(media.url).pathname : undefined);
  const blob = path ? ctx.media.blobs.get(path) : undefined;
  if (!blob || !body.mediaKey) {
    media.error = 'media not found on the emulator media host';
    return;
  }
  try {
    const data = await decryptMedia(blob, body.mediaKey, MEDIA_TYPES[media.kind]);
    media.data = data;
    media.size = data.length;
    media.sha256 = sha256Hex(data);
    media.sha256Matches = body.fileSha256
      ? Buffer.from(body.fileSha256).toString('hex') === media.sha256
      : undefined;
  } catch (err) {
    media.error = (err as Error).message;
  }
}

/** How the phone appears in a group: its LID in LID-addressed groups. */
const memberJid = (ctx: EmulatorContext, phone: Phone, group: string) =>
  ctx.groups.get(group)?.addressingMode === 'lid' ? phone.lidJid : phone.jid;

export async function receiveOnPhone(ctx: EmulatorContext, phone: Phone, d: PhoneDelivery) {
  if (ctx.retries.refuses(phone, d)) return ctx.retries.ask(phone, d);
  let message: proto.IMessage | undefined;
  try {
    message = await decryptDelivery(phone, d);
  } catch (err) {
    if (!ctx.retries.asksAfterFailure(phone, d)) throw err;
    ctx.retries.noteFailedAgain();
    return ctx.retries.ask(phone, d);
  }
  if (!message) return;
  ctx.retries.noteDecrypted(phone, d.stanza.attrs.id);
  const content = describeContent(message);
  // A pairwise message that only carries our sender key has nothing to show; peer stanzas are the
  // companion talking to its own phone (app-state key requests…), not chat messages.
  if (content.type === 'unknown' || d.stanza.attrs.category === 'peer') return;
  const fromMe = d.sender.number === phone.number;
  const record: ReceivedMessage = {
    id: d.stanza.attrs.id,
    from: deviceJid(d.sender),
    fromLid: deviceLidJid(d.sender),
    chat: d.group ?? (fromMe ? d.stanza.attrs.to : `${d.sender.number}@s.whatsapp.net`),
    group: d.group,
    stanzaType: d.stanza.attrs.type,
    encType: d.skmsg ? 'skmsg' : d.enc?.attrs.type,
    extraNodes: extraStanzaNodes(d.stanza),
    timestamp: Date.now(),
    fromMe: fromMe || undefined,
    ...content,
  };
  await attachMedia(ctx, record, unwrapMessage(message));
  phone.record(record);
  if (fromMe) return;
  const receiptAttrs: Record<string, string> = d.group
    ? { from: d.group, participant: memberJid(ctx, phone, d.group), id: record.id, t: unixNow() }
    : { from: d.stanza.attrs.to === phone.lidJid ? phone.lidJid : phone.jid, id: record.id, t: unixNow() };
  // A real phone answers after a network round trip. Baileys keeps its event buffer open ~100 ms after
  // upserting a sent message; an instant receipt would be folded into that upsert instead of surfacing as
  // messages.update. Scheduled, not awaited, so the sender's stanza queue keeps moving.
  const sendReceipt = (attrs: Record<string, string>, delayMs: number) =>
    setTimeout(() => {
      deliverToDevice(d.sender, { tag: 'receipt', attrs }).catch((err) =>
        ctx.faults.recordError(`receipt: ${err.message}`),
      );
    }, delayMs);
  sendReceipt(receiptAttrs, phone.receiptDelayMs);
  if (phone.sendReadReceipts) sendReceipt({ ...receiptAttrs, type: 'read' }, 2 * phone.receiptDelayMs);
}

/** Sends a read receipt for a message the phone received (e.g. when a test "opens" the chat). */
export async function markRead(ctx: EmulatorContext, phone: Phone, message: ReceivedMessage) {
  const target = ctx.phones.resolveDevice(message.from);
  if (!target?.device) return;
  const attrs: Record<string, string> = message.group
    ? {
        from: message.group,
        participant: memberJid(ctx, phone, message.group),
        id: message.id,
        t: unixNow(),
        type: 'read',
      }
    : { from: phone.jid, id: message.id, t: unixNow(), type: 'read' };
  await deliverToDevice(target.device, { tag: 'receipt', attrs });
}
