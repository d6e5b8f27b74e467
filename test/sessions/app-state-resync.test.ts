// A server that keeps answering an app-state collection with "has more patches" and sends none (issue 20 item 5):
// Baileys rc14's resyncAppState asked again at once, for ever (48 queries within a second here, the issue saw about
// 1,000 a day). The patch gives a collection up after 3 rounds without progress (test/emulator/history-sync.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { notifyServerSync } from '../emulator/history-sync';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SHOP = '6281234569001';
let emu: Emulator;
let core: Core;

beforeAll(async () => {
  emu = await startEmulator();
  emu.context.faults.stuckAppState.add('regular_low');
  core = await startCoreAgainst(emu);
});
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

describe('app-state resync against a server that never finishes a collection', () => {
  it('gives up after a few rounds instead of asking for ever, and messages still reach the inbox', async () => {
    const { device, phone } = await linkDeviceByQr(core, emu, SHOP, 'Toko');
    await notifyServerSync([...phone.devices.values()][0], 'regular_low');
    await expect.poll(() => emu.stats.iq['w:sync:app:state'] ?? 0).toBeGreaterThan(0);
    const buyer = emu.createPhone('6281234569002', 'Buyer');
    const sent = await buyer.sendText(`${SHOP}@s.whatsapp.net`, 'halo, masih buka?');
    await expect
      .poll(
        async () => {
          await core.inbound.settled();
          return findMessageByWaId(core.db, device.id, sent.id)?.body;
        },
        { timeout: 15_000 },
      )
      .toBe('halo, masih buka?');
    expect(emu.stats.iq['w:sync:app:state']).toBeLessThanOrEqual(12);
  });
});
