// Expired media on the emulated CDN (410) and the phone's re-upload, asked for by real Baileys' updateMediaMessage.
import { randomBytes } from 'node:crypto';
import { downloadMediaMessage, type WAMessage } from '@whiskeysockets/baileys';
import { Agent as UndiciAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { buildImage } from './inbound-content.js';
import { useLinkedClient } from './linked-client.js';
import { Phone } from './phone.js';

describe('expired media and the phone re-upload', () => {
  const linked = useLinkedClient();

  async function receiveExpiredImage(photo: Buffer, onPhone: boolean): Promise<WAMessage> {
    const message = await buildImage(linked.emu.context.media, { data: photo, caption: 'foto lama' });
    const id = Phone.newMessageId();
    expect(linked.emu.mediaRetries.expire(message, { messageId: id, onPhone })).toBe(true);
    await linked.alice.sendMessage(linked.me.jid, message, { id });
    return linked.app.waitFor(() => linked.app.upserts.find((m) => m.key.id === id), 10_000, 'image upsert');
  }

  it('answers 410 for an expired file and re-uploads it under a new directPath when the device asks', async () => {
    const dispatcher = new UndiciAgent({ connect: { ca: linked.emu.context.media.caCert } });
    const photo = randomBytes(2500);
    const { id } = await linked.alice.sendImage(linked.me.jid, { data: photo, caption: 'foto lama' });
    const msg = await linked.app.waitFor(
      () => linked.app.upserts.find((m) => m.key.id === id),
      10_000,
      'image upsert',
    );
    // Expired after it arrived, through the control API as a person exploring the app would.
    const expired = await fetch(
      `${linked.emu.httpUrl}/phones/${linked.alice.number}/sent/${id}/expire-media`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(expired.status).toBe(200);
    // The host the message named: rc14 learns media_conn's host only when it uploads, so after
    // updateMediaMessage the url says mmg.whatsapp.net.
    const options = { options: { dispatcher }, host: linked.emu.context.media.host } as never;
    await expect(downloadMediaMessage(msg, 'buffer', options)).rejects.toMatchObject({
      output: { statusCode: 410 },
    });
    const oldPath = msg.message!.imageMessage!.directPath;
    await linked.app.sock.updateMediaMessage(msg);
    expect(msg.message!.imageMessage!.directPath).not.toBe(oldPath);
    const downloaded = (await downloadMediaMessage(msg, 'buffer', options)) as Buffer;
    expect(downloaded.equals(photo)).toBe(true);
    expect(linked.emu.mediaRetries.stats()).toEqual({ requests: 1, reuploaded: 1, notOnPhone: 0 });
  });

  it('answers error 2 when the phone no longer has the file, which Baileys reports as a 404', async () => {
    const msg = await receiveExpiredImage(randomBytes(1200), false);
    await expect(linked.app.sock.updateMediaMessage(msg)).rejects.toMatchObject({
      output: { statusCode: 404 },
    });
    expect(linked.emu.mediaRetries.stats()).toMatchObject({ requests: 2, notOnPhone: 1 });
  });
});
