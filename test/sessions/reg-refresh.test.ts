// Linking while WhatsApp sends `companion_reg_refresh` (issue 20 item 5; Baileys #2737, PRs #2749 and #2765): after
// the first scan the server retires the adv secret of the scanned QR and waits for the companion's ack
// (test/emulator/reg-refresh.ts). Baileys rc14 could not ack anything before login (`creds.me.id` in
// sendMessageAck, issue #2738) and kept drawing the retired secret, so no scan could link the device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator } from '../emulator/index';
import { startCoreAgainst, waitForSession } from '../support/wa-harness';

let emu: Emulator;
let core: Core;

beforeAll(async () => {
  emu = await startEmulator();
  emu.context.pairings.regRefresh = true;
  core = await startCoreAgainst(emu);
});
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

// QR: https://wa.me/settings/linked_devices#ref,noiseKey,identityKey,advSecret,platform
const fields = (qr: string) => qr.slice(qr.indexOf('#') + 1).split(',');

describe('companion_reg_refresh during linking', () => {
  it('is acked before login, the QR is redrawn with a new adv secret, and its scan links', async () => {
    const number = '6281234568901';
    const phone = emu.createPhone(number, 'Toko');
    const device = await core.rpc.invoke('devices.create', { number, name: 'Toko' });
    await core.rpc.invoke('sessions.connect', { id: device.id });
    const shown = (await waitForSession(core, device.id, (s) => !!s.qr)).qr!;
    // Without the ack this fails with "never acked companion_reg_refresh" (patch ack-before-login).
    await expect(phone.scanQr(shown)).rejects.toThrow(/adv secret that companion_reg_refresh retired/);
    // Without the redraw the screen keeps the retired QR until this times out (patch reg-refresh-qr).
    const redrawn = (
      await waitForSession(core, device.id, (s) => !!s.qr && fields(s.qr)[3] !== fields(shown)[3], 5_000)
    ).qr!;
    expect(fields(redrawn)[0], 'the same ref, redrawn').toBe(fields(shown)[0]);
    await expect(phone.scanQr(shown), 'the old QR stays refused').rejects.toThrow(/Couldn't link device/);
    await phone.scanQr(redrawn);
    await waitForSession(core, device.id, (s) => s.status === 'open');
    expect(phone.devices.size).toBe(1);
    const [row] = await core.rpc.invoke('devices.list');
    expect(row).toMatchObject({ id: device.id, status: 'open' });
  });
});
