// Downloads and decrypts a received image (for the webhook's bufferImage and the inbox bubble), size-capped.
import { createDecipheriv } from 'node:crypto';
import { get, type Agent } from 'node:https';
import { getMediaKeys, type WAMessage } from '@whiskeysockets/baileys';

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

/** The decrypted image of an image message, or null when it has none, is too big or cannot be fetched. */
export async function downloadInboundImage(
  msg: WAMessage,
  agent: Agent | undefined,
  timeoutMs = 15_000,
): Promise<Buffer | null> {
  const image =
    msg.message?.imageMessage ??
    msg.message?.ephemeralMessage?.message?.imageMessage ??
    msg.message?.viewOnceMessage?.message?.imageMessage;
  if (!image?.mediaKey || (!image.directPath && !image.url)) return null;
  if (Number(image.fileLength ?? 0) > MAX_INBOUND_IMAGE_BYTES) return null;
  // Same choice as Baileys' downloadContentFromMessage: the directPath on the host the url names (mmg by default).
  const host = image.url ? new URL(image.url).host : 'mmg.whatsapp.net';
  const url = image.directPath ? `https://${host}${image.directPath}` : image.url!;
  const encrypted = await fetchBytes(url, agent, MAX_INBOUND_IMAGE_BYTES + 64, timeoutMs);
  const { cipherKey, iv } = await getMediaKeys(image.mediaKey, 'image');
  const decipher = createDecipheriv('aes-256-cbc', cipherKey, iv);
  return Buffer.concat([decipher.update(encrypted.subarray(0, -MAC_LENGTH)), decipher.final()]);
}
