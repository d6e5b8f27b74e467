// Contacts WhatsApp moved to LID (issue 20 item 3): their phone refuses sends to the phone-number jid with 463
// (test/emulator/lid-migration.ts). The app sends to the LID once it knows it, and keeps `from` a phone number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SHOP = '6281234568501';
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, SHOP));
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

describe('contacts moved to LID', () => {
  it('a moved contact writes from its LID: webhook and inbox show its number, the reply goes to its LID and arrives', async () => {
    const rina = emu.createPhone('6281234568502', 'Rina');
    rina.movedToLid = true;
    const question = await rina.sendText(`${SHOP}@s.whatsapp.net`, 'masih ada stok?', { fromLid: true });
    const hook = await receiver.waitFor((h) => h.body.id === question.id);
    expect(hook.body).toMatchObject({ from: rina.number, sender: rina.number, lid: rina.lidJid });
    await core.inbound.settled();
    const chatId = findMessageByWaId(core.db, deviceId, question.id)!.chatId;
    expect(core.db.prepare('SELECT jid FROM chats WHERE id = ?').get(chatId)).toEqual({
      jid: `${rina.number}@s.whatsapp.net`,
    });

    // Callers keep addressing the number; the phone only takes its LID.
    const answer = await core.send.one({
      from: SHOP,
      to: `${rina.number}@s.whatsapp.net`,
      message: { kind: 'text', text: 'Masih, kak' },
    });
    const got = await rina.waitForMessage((m) => m.id === answer.id);
    expect(got.text).toBe('Masih, kak');
    await expect.poll(() => findMessageByWaId(core.db, deviceId, answer.id)?.status).toBe('delivered');
  });

  it('in a LID-addressed group the moved member is shown by number', async () => {
    const budi = emu.createPhone('6281234568503', 'Budi');
    budi.movedToLid = true;
    const group = await emu.createGroup('Reseller', [SHOP, budi.number], budi.number, 'lid');
    const sent = await budi.sendText(group.jid, 'order 5 pcs', { fromLid: true });
    const hook = await receiver.waitFor((h) => h.body.id === sent.id);
    expect(hook.body).toMatchObject({ from: group.jid, participant: budi.number, isGroup: true });
    const reply = await core.send.one({ from: SHOP, to: group.jid, message: { kind: 'text', text: 'Siap' } });
    expect((await budi.waitForMessage((m) => m.id === reply.id)).text).toBe('Siap');
  });
});
