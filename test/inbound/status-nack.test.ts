// An undecryptable status post must not hold back every other inbound message (issue 20 item 5, Baileys PR #2779):
// the server keeps a NACKed message pending and streams only it at each reconnect (test/emulator/nack-holdback.ts).
// Baileys rc14 NACKs it; the patch acks it and moves on, so the messages queued behind it arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { answeredIds, deliverUndecryptableStatus, nackedIds } from '../emulator/nack-holdback';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';

const SHOP = '6281234568801';
let emu: Emulator;
let core: Core;
let owner: Phone;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  core = await startCoreAgainst(emu);
  ({
    device: { id: deviceId },
    phone: owner,
  } = await linkDeviceByQr(core, emu, SHOP));
});
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

describe('undecryptable status posts', () => {
  it('are acked, so the messages queued behind them still arrive after a reconnect', async () => {
    const poster = emu.createPhone('6281234568802', 'Poster');
    const buyer = emu.createPhone('6281234568803', 'Buyer');
    const device = [...owner.devices.values()][0];
    await deliverUndecryptableStatus(poster, owner, 'STATUS2779A');
    // Baileys answers the status with a retry receipt, then its final ack (or, unpatched, a NACK).
    await expect.poll(() => answeredIds(device), { timeout: 10_000 }).toContain('STATUS2779A');

    emu.faults.dropAll();
    await waitForSession(core, deviceId, (s) => s.status === 'reconnecting');
    const queued: Array<{ id: string }> = [];
    for (const text of ['ada stok?', 'ukuran L', 'kirim hari ini?'])
      queued.push(await buyer.sendText(`${SHOP}@s.whatsapp.net`, text));
    await waitForSession(core, deviceId, (s) => s.status === 'open');
    await expect
      .poll(
        async () => {
          await core.inbound.settled();
          return queued.filter((m) => findMessageByWaId(core.db, deviceId, m.id)).length;
        },
        { timeout: 15_000 },
      )
      .toBe(queued.length);
    expect(nackedIds(device)).toEqual([]);
  });
});
