// Received media through Baileys' own download, and the phone's re-upload when WhatsApp's CDN no longer has the file.
import type { Readable } from 'node:stream';
import { downloadMediaMessage, type proto, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';
import type { Dispatcher } from 'undici';
import type { Logger } from '../logger';
import type { MediaRef } from './inbound-content';

/** Bigger images are not forwarded: a webhook body of tens of MB breaks most PHP receivers (post_max_size). */
export const MAX_INBOUND_IMAGE_BYTES = 5 * 1024 * 1024;
/** Files the inbox opens on request (documents, videos, …); bigger ones stay on the phone. */
export const MAX_INBOX_MEDIA_BYTES = 32 * 1024 * 1024;
/** rc14's updateMediaMessage waits for the phone's answer without a timeout; a phone that is off never answers. */
const REUPLOAD_TIMEOUT_MS = 15_000;
/** The CDN's answers for a file it dropped (Baileys Utils/messages.js REUPLOAD_REQUIRED_STATUS). */
const EXPIRED_STATUS = [404, 410];

export interface MediaDownloadOptions {
  /** Trusts the media host and bounds each wait (whatsapp/wa-options.ts mediaDispatcher). */
  dispatcher?: Dispatcher;
  /** The device's `sock.updateMediaMessage`: the phone uploads the file again and answers with a new directPath. */
  reupload?: (message: WAMessage) => Promise<WAMessage>;
  logger: Logger;
  limit?: number;
  timeoutMs?: number;
}

export interface DownloadedMedia {
  data: Buffer;
  /** The reference to keep: a new directPath/url when the phone uploaded the file again. */
  ref: MediaRef;
  reuploaded: boolean;
}

const contentKeys = {
  image: 'imageMessage',
  video: 'videoMessage',
  audio: 'audioMessage',
  document: 'documentMessage',
  sticker: 'stickerMessage',
} as const;

/** The message as Baileys knows it, rebuilt from what we stored: the download and the re-upload read the same object. */
function toWAMessage(ref: MediaRef, key: WAMessageKey): WAMessage {
  const content = {
    mediaKey: Buffer.from(ref.mediaKey, 'base64'),
    directPath: ref.directPath ?? undefined,
    // Present even when empty: downloadMediaMessage refuses media without a `url` field.
    url: ref.url ?? undefined,
  };
  return { key, message: { [contentKeys[ref.mediaType]]: content } as proto.IMessage };
}

const statusOf = (error: unknown) => (error as { output?: { statusCode?: number } })?.output?.statusCode;

function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Reads the decrypted stream up to `limit` bytes; past it (a lying fileLength) the download is dropped. */
async function readCapped(stream: Readable, limit: number, deadlineAt: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const timer = setTimeout(
    () => stream.destroy(new Error('media download timed out')),
    Math.max(0, deadlineAt - Date.now()),
  );
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new Error('media too large');
      chunks.push(chunk);
    }
  } finally {
    clearTimeout(timer);
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads and decrypts a stored media reference with Baileys' downloadMediaMessage. A 404/410 (the CDN keeps
 * files for a limited time) asks the phone to upload it again through `reupload`. rc14 has that retry built in
 * (its ctx.reuploadRequest) but never reaches it: it tests `error.status`, while its own getHttpStream throws a
 * Boom carrying `output.statusCode` (Baileys issue #2767, open; PR #2729 closed unmerged; WAHA #2265). So the
 * retry is done here with the same library call, and only once even after Baileys fixes its own.
 */
export async function downloadMediaRef(
  ref: MediaRef,
  key: WAMessageKey,
  { dispatcher, reupload, logger, limit = MAX_INBOX_MEDIA_BYTES, timeoutMs = 30_000 }: MediaDownloadOptions,
): Promise<DownloadedMedia> {
  if (ref.fileLength > limit) throw new Error('media too large');
  if (!ref.directPath && !ref.url) throw new Error('media has no address');
  const message = toWAMessage(ref, key);
  // The host the message named (mmg.whatsapp.net unless told otherwise): after a re-upload rc14 writes its
  // media_conn host into the url, which it only learns once it has uploaded something itself.
  const host = ref.url ? new URL(ref.url).host : undefined;
  let reuploaded = false;
  const requestReupload = async (msg: WAMessage) => {
    if (!reupload) throw new Error('media expired and the device is not connected to ask the phone again');
    reuploaded = true;
    return withDeadline(reupload(msg), REUPLOAD_TIMEOUT_MS, 'the phone did not upload the media again');
  };
  // Each try has the whole time: the one after a re-upload starts afresh.
  const download = async () => {
    const deadlineAt = Date.now() + timeoutMs;
    const stream = await withDeadline(
      downloadMediaMessage(
        message,
        'stream',
        { options: { dispatcher } as unknown as RequestInit, host },
        { reuploadRequest: requestReupload, logger },
      ),
      timeoutMs,
      'media download timed out',
    );
    return readCapped(stream, limit, deadlineAt);
  };
  let data: Buffer;
  try {
    data = await download();
  } catch (error) {
    if (reuploaded || !EXPIRED_STATUS.includes(statusOf(error) ?? 0)) throw error;
    logger.info(
      { id: key.id, status: statusOf(error) },
      'media expired: asking the phone to upload it again',
    );
    await requestReupload(message);
    data = await download();
  }
  if (!reuploaded) return { data, ref, reuploaded };
  const directPath = message.message![contentKeys[ref.mediaType]]!.directPath ?? null;
  const url = directPath && host ? `https://${host}${directPath}` : null;
  return { data, ref: { ...ref, directPath, url }, reuploaded };
}

/** The decrypted image of a received image, or null when it is too big. */
export async function downloadInboundImage(
  ref: MediaRef | undefined,
  key: WAMessageKey,
  options: MediaDownloadOptions,
): Promise<DownloadedMedia | null> {
  if (!ref || ref.mediaType !== 'image' || ref.fileLength > MAX_INBOUND_IMAGE_BYTES) return null;
  return downloadMediaRef(ref, key, { timeoutMs: 15_000, ...options, limit: MAX_INBOUND_IMAGE_BYTES });
}
