// Builders for what phones send to linked devices: real encrypted media on the media host, poll votes.
import { createHash, randomBytes } from 'node:crypto';
import { aesEncryptGCM, hmacSign, proto } from '@whiskeysockets/baileys';
import type { ReceivedMessage } from './decode-content.js';
import { encryptMedia } from './media-crypto.js';
import type { MediaServer } from './media-server.js';
import type { Phone } from './phone.js';

export interface ImageInput {
  data: Buffer;
  mimetype?: string;
  caption?: string;
  width?: number;
  height?: number;
}

export interface DocumentInput {
  data: Buffer;
  fileName: string;
  mimetype?: string;
  caption?: string;
}

async function upload(
  media: MediaServer,
  data: Buffer,
  type: 'image' | 'document' | 'audio' | 'video',
  kind: string,
) {
  const enc = await encryptMedia(data, type);
  const { directPath, url } = media.put(enc.encrypted, kind);
  return {
    url,
    directPath,
    mediaKey: enc.mediaKey,
    fileSha256: enc.fileSha256,
    fileEncSha256: enc.fileEncSha256,
    fileLength: enc.fileLength,
    mediaKeyTimestamp: Math.floor(Date.now() / 1000),
  };
}

export interface AudioInput {
  data: Buffer;
  mimetype?: string;
  /** Voice note (push-to-talk) rather than an audio file. */
  ptt?: boolean;
  seconds?: number;
}

export interface VideoInput {
  data: Buffer;
  mimetype?: string;
  caption?: string;
  seconds?: number;
}

export async function buildAudio(media: MediaServer, audio: AudioInput): Promise<proto.IMessage> {
  return {
    audioMessage: {
      ...(await upload(media, audio.data, 'audio', '7114-24')),
      mimetype: audio.mimetype ?? 'audio/ogg; codecs=opus',
      ptt: audio.ptt ?? true,
      seconds: audio.seconds ?? 1,
    },
  };
}

export async function buildVideo(media: MediaServer, video: VideoInput): Promise<proto.IMessage> {
  return {
    videoMessage: {
      ...(await upload(media, video.data, 'video', '7161-24')),
      mimetype: video.mimetype ?? 'video/mp4',
      caption: video.caption,
      seconds: video.seconds ?? 1,
    },
  };
}

export async function buildImage(media: MediaServer, image: ImageInput): Promise<proto.IMessage> {
  return {
    imageMessage: {
      ...(await upload(media, image.data, 'image', '7118-24')),
      mimetype: image.mimetype ?? 'image/jpeg',
      caption: image.caption,
      width: image.width,
      height: image.height,
    },
  };
}

export async function buildDocument(media: MediaServer, doc: DocumentInput): Promise<proto.IMessage> {
  return {
    documentMessage: {
      ...(await upload(media, doc.data, 'document', '7119-24')),
      mimetype: doc.mimetype ?? 'application/octet-stream',
      fileName: doc.fileName,
      title: doc.fileName,
      caption: doc.caption,
    },
  };
}

/** The jids a vote's key and AAD are bound to (both must match on the decrypting side). */
export interface PollVoteJids {
  creator: string;
  voter: string;
}

/**
 * Encrypted vote as WhatsApp sends it. The key uses the poll's messageSecret bound to a creator and a voter jid:
 * both PN in a PN chat; in a LID-addressed chat WhatsApp's clients sign with the creator's LID and the voter's PN
 * (Baileys issue #2342, found by trying the four combinations), and a voter WhatsApp shows only by LID has no PN
 * to sign with (Baileys PR #2467 tries PN and LID for both sides for that reason). `jids` picks them.
 */
export function buildPollVote(
  phone: Phone,
  poll: ReceivedMessage,
  options: string[],
  jids?: PollVoteJids,
): proto.IMessage {
  const secretB64 = (poll.message.messageContextInfo as { messageSecret?: string } | undefined)
    ?.messageSecret;
  if (!secretB64) throw new Error('poll has no messageSecret');
  const creatorJid = jids?.creator ?? `${poll.from.split(':')[0].split('@')[0]}@s.whatsapp.net`;
  const voterJid = jids?.voter ?? phone.jid;
  const vote = proto.Message.PollVoteMessage.encode({
    selectedOptions: options.map((o) => createHash('sha256').update(o).digest()),
  }).finish();
  const sign = Buffer.concat([
    Buffer.from(poll.id),
    Buffer.from(creatorJid),
    Buffer.from(voterJid),
    Buffer.from('Poll Vote'),
    Buffer.from([1]),
  ]);
  const key0 = hmacSign(Buffer.from(secretB64, 'base64'), new Uint8Array(32), 'sha256');
  const encKey = hmacSign(sign, key0, 'sha256');
  const encIv = randomBytes(12);
  const encPayload = aesEncryptGCM(vote, encKey, encIv, Buffer.from(`${poll.id}\u0000${voterJid}`));
  return {
    pollUpdateMessage: {
      pollCreationMessageKey: { remoteJid: creatorJid, fromMe: false, id: poll.id },
      vote: { encPayload, encIv },
      senderTimestampMs: Date.now(),
    },
  };
}
