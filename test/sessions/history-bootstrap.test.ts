// History bootstrap on, history bodies off (issue 20 item 2): the first-login INITIAL_BOOTSTRAP carries the
// LID↔number pairs of the phone's contacts (test/emulator/history-sync.ts); the app keeps them, so a contact who
// writes by LID only (no number in the stanza) shows up by number from the first message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { phoneOfLid } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SHOP = '6281234568601';
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

describe('history bootstrap', () => {
  it('a contact known only by LID is shown by number from its first message, thanks to the bootstrap mappings', async () => {
    const sari = emu.createPhone('6281234568602', 'Sari'); // in the shop phone's contacts before linking
    const { device } = await linkDeviceByQr(core, emu, SHOP);
    // The bootstrap reached Baileys' own LID store (Sari never wrote, nobody looked her up).
    const lids = core.sessions.get(device.id).openSocket().signalRepository.lidMapping;
    await expect
      .poll(async () => (await lids.getPNForLID(sari.lidJid))?.split(/[:@]/)[0], { timeout: 10_000 })
      .toBe(sari.number);
    expect(phoneOfLid(core.db, sari.lidJid)).toBeNull();

    const first = await sari.sendText(`${SHOP}@s.whatsapp.net`, 'halo, saya Sari', {
      fromLid: true,
      hidePn: true,
    });
    const hook = await receiver.waitFor((h) => h.body.id === first.id);
    expect(hook.body).toMatchObject({ from: sari.number, lid: sari.lidJid, message: 'halo, saya Sari' });
    expect(phoneOfLid(core.db, sari.lidJid)).toBe(sari.number);
    // No chat history was imported: the inbox holds only what arrived after linking.
    const stored = core.db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number };
    expect(stored.n).toBe(1);
    expect(emu.faults.errors).toEqual([]);
  });
});
