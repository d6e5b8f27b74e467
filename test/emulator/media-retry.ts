// Expired media and the phone's re-upload. WhatsApp's CDN keeps a file for a limited time; a linked device that
// gets 404/410 sends `<receipt type="server-error">` to its own account with an encrypted ServerErrorReceipt and an
// `<rmr jid from_me participant>` naming the message (Baileys src/Utils/messages-media.ts encryptMediaRetryRequest,
// src/Socket/messages-send.ts updateMediaMessage; whatsmeow mediaretry.go SendMediaRetryReceipt). The account's
// phone, which has the file, uploads it again and answers `<notification type="mediaretry">` with the same `<rmr>`
// and `<encrypt><enc_p/><enc_iv/></encrypt>`: a MediaRetryNotification {stanzaId, directPath, result} in AES-GCM
// under HKDF(mediaKey, "WhatsApp Media Retry Notification") with the message id as AAD, or `<error code="2">`
// when the phone no longer has it (whatsmeow parseMediaRetryNotification / ErrMediaNotAvailableOnPhone;
// Baileys decodeMediaRetryNode, decryptMediaRetryData).
import { hkdfSync, randomBytes } from 'node:crypto';
import {
  aesDecryptGCM,
  aesEncryptGCM,
  type BinaryNode,
  getBinaryNodeChild,
  getBinaryNodeChildBuffer,
  proto,
} from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';
import { type EmulatorContext, unixNow } from './context.js';
import { deliverToDevice } from './linked-device.js';

type MediaContent = { mediaKey?: Uint8Array | null; directPath?: string | null; url?: string | null };

export interface MediaRetryStats {
  /** server-error receipts received from linked devices. */
  requests: number;
  /** Answered with a new directPath. */
  reuploaded: number;
  /** Answered `<error code="2">`: the phone does not have the file (any more). */
  notOnPhone: number;
}

const mediaOf = (message: proto.IMessage | null | undefined): MediaContent | undefined =>
  message
    ? (message.imageMessage ??
      message.videoMessage ??
      message.audioMessage ??
      message.documentMessage ??
      message.stickerMessage ??
      undefined)
    : undefined;

const retryKey = (mediaKey: Uint8Array) =>
  Buffer.from(hkdfSync('sha256', mediaKey, Buffer.alloc(0), 'WhatsApp Media Retry Notification', 32));

/** `/v/t62.7118-24/<id>.enc` → `7118-24`, so the new upload sits under the same kind. */
const kindOf = (directPath: string) => /\/v\/t62\.([^/]+)\//.exec(directPath)?.[1] ?? 'media';

export class MediaRetries {
  private counts: MediaRetryStats = { requests: 0, reuploaded: 0, notOnPhone: 0 };
  /** Message ids whose file the phone deleted too: their retry is answered with error 2. */
  private readonly lostOnPhone = new Set<string>();

  constructor(private readonly ctx: () => EmulatorContext) {}

  /** The CDN forgets this message's file (GET answers 410); with `onPhone: false` the phone has lost it too. */
  expire(message: proto.IMessage, options: { messageId?: string; onPhone?: boolean } = {}): boolean {
    const media = mediaOf(message);
    if (!media?.directPath) return false;
    if (options.onPhone === false && options.messageId) this.lostOnPhone.add(options.messageId);
    return this.ctx().media.expire(media.directPath);
  }

  /** Same for a message a phone already sent, by its id. */
  expireSent(phoneNumber: string, messageId: string, options: { onPhone?: boolean } = {}): boolean {
    const sent = this.ctx().phones.get(phoneNumber)?.findSent(messageId);
    return !!sent && this.expire(sent.message, { ...options, messageId });
  }

  stats(): MediaRetryStats {
    return { ...this.counts };
  }

  /** A linked device's `<receipt type="server-error">`: the account's phone re-uploads and notifies that device. */
  async answer(conn: DeviceConnection, receipt: BinaryNode) {
    const device = conn.device;
    const rmr = getBinaryNodeChild(receipt, 'rmr');
    const id = receipt.attrs.id;
    if (!device || !rmr || !id) return;
    this.counts.requests++;
    const ctx = this.ctx();
    const owner = ctx.phones.get(device.number)!;
    const notify = (content: BinaryNode[]) =>
      deliverToDevice(device, {
        tag: 'notification',
        attrs: { from: owner.jid, type: 'mediaretry', id, t: unixNow() },
        content: [{ tag: 'rmr', attrs: { ...rmr.attrs } }, ...content],
      });
    const media = this.findOnPhone(rmr, id, owner.number);
    const oldPath = media?.directPath ?? '';
    const file = ctx.media.retired.get(oldPath) ?? ctx.media.blobs.get(oldPath);
    if (!media?.mediaKey || !file || this.lostOnPhone.has(id)) {
      this.counts.notOnPhone++;
      return notify([{ tag: 'error', attrs: { code: '2' } }]);
    }
    const key = retryKey(media.mediaKey);
    const result = this.requestIsValid(receipt, key, id)
      ? proto.MediaRetryNotification.ResultType.SUCCESS
      : proto.MediaRetryNotification.ResultType.DECRYPTION_ERROR;
    let directPath: string | undefined;
    if (result === proto.MediaRetryNotification.ResultType.SUCCESS) {
      // Same bytes under a new path: the mediaKey in the chat's message does not change (Baileys only swaps
      // directPath and url), so the phone uploads the same encrypted file again.
      directPath = ctx.media.put(file, kindOf(oldPath)).directPath;
      media.directPath = directPath;
      this.counts.reuploaded++;
    }
    const plaintext = proto.MediaRetryNotification.encode({ stanzaId: id, directPath, result }).finish();
    const iv = randomBytes(12);
    return notify([
      {
        tag: 'encrypt',
        attrs: {},
        content: [
          { tag: 'enc_p', attrs: {}, content: aesEncryptGCM(plaintext, key, iv, Buffer.from(id)) },
          { tag: 'enc_iv', attrs: {}, content: iv },
        ],
      },
    ]);
  }

  /**
   * The phone has a message of a chat its account is in: one sent to it (the sender's copy stands for the
   * phone's own, which the emulator does not keep twice) or one it sent itself.
   */
  private findOnPhone(rmr: BinaryNode, id: string, ownNumber: string): MediaContent | undefined {
    const phones = this.ctx().phones;
    const fromMe = rmr.attrs.from_me === 'true';
    const author = fromMe ? phones.get(ownNumber) : phones.resolve(rmr.attrs.participant ?? rmr.attrs.jid);
    const sent = author?.findSent(id);
    if (!sent) return undefined;
    const to = sent.to.endsWith('@g.us') ? undefined : phones.resolve(sent.to)?.number;
    const inChat = sent.to.endsWith('@g.us')
      ? !!this.ctx()
          .groups.get(sent.to)
          ?.participants.some((p) => p.number === ownNumber)
      : fromMe || to === ownNumber;
    return inChat ? mediaOf(sent.message) : undefined;
  }

  /** The encrypted ServerErrorReceipt must name this message (WhatsApp Web sends it; Baileys keeps it for parity). */
  private requestIsValid(receipt: BinaryNode, key: Buffer, id: string): boolean {
    const encrypt = getBinaryNodeChild(receipt, 'encrypt');
    const ciphertext = encrypt && getBinaryNodeChildBuffer(encrypt, 'enc_p');
    const iv = encrypt && getBinaryNodeChildBuffer(encrypt, 'enc_iv');
    if (!ciphertext || !iv) return false;
    try {
      const plain = aesDecryptGCM(Buffer.from(ciphertext), key, Buffer.from(iv), Buffer.from(id));
      return proto.ServerErrorReceipt.decode(plain).stanzaId === id;
    } catch {
      return false;
    }
  }
}
