// Downloads and decrypts WhatsApp media: received images (webhook bufferImage, inbox preview) and files the inbox opens.
import { createDecipheriv } from 'node:crypto';
import { get, type Agent } from 'node:https';
import { getMediaKeys } from '@whiskeysockets/baileys';
import type { MediaRef } from './inbound-content';

/** Bigger images are not forwarded: a webhook body of tens of MB breaks most PHP receivers (post_max_size). */
export const MAX_INBOUND_IMAGE_BYTES = 5 * 1024 * 1024;
const MAC_LENGTH = 10;

function fetchBytes(
  url: string,
  agent: Agent | undefined,
  limit: number,
  timeoutMs: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      { agent, timeout: timeoutMs, headers: { Origin: 'https://web.whatsapp.com' } },
      (res) => {
        if ((res.statusCode ?? 0) >= 300) {
          res.resume();
          return reject(new Error(`media download answered ${res.statusCode}`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) req.destroy(new Error('media too large'));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('media download timed out')));
    req.on('error', reject);
  });
}

/** Files the inbox opens on request (documents, videos, …); bigger ones stay on the phone. */
export const MAX_INBOX_MEDIA_BYTES = 32 * 1024 * 1024;

/** Downloads and decrypts a stored media reference (AES-256-CBC, the last 10 bytes are the MAC). */
export async function downloadMediaRef(
  ref: MediaRef,
  agent: Agent | undefined,
  limit = MAX_INBOX_MEDIA_BYTES,
  timeoutMs = 30_000,
): Promise<Buffer> {
  if (ref.fileLength > limit) throw new Error('media too large');
  if (!ref.directPath && !ref.url) throw new Error('media has no address');
  // Same choice as Baileys' downloadContentFromMessage: the directPath on the host the url names (mmg by default).
  const host = ref.url ? new URL(ref.url).host : 'mmg.whatsapp.net';
  const url = ref.directPath ? `https://${host}${ref.directPath}` : ref.url!;
  const encrypted = await fetchBytes(url, agent, limit + 64, timeoutMs);
  const { cipherKey, iv } = await getMediaKeys(Buffer.from(ref.mediaKey, 'base64'), ref.mediaType);
  const decipher = createDecipheriv('aes-256-cbc', cipherKey, iv);
  return Buffer.concat([decipher.update(encrypted.subarray(0, -MAC_LENGTH)), decipher.final()]);
}

/** The decrypted image of a received image, or null when it is too big or cannot be fetched. */
export async function downloadInboundImage(
  ref: MediaRef | undefined,
  agent: Agent | undefined,
  timeoutMs = 15_000,
): Promise<Buffer | null> {
  if (!ref || ref.mediaType !== 'image' || ref.fileLength > MAX_INBOUND_IMAGE_BYTES) return null;
  return downloadMediaRef(ref, agent, MAX_INBOUND_IMAGE_BYTES, timeoutMs);
}
