// Linking while WhatsApp sends `companion_reg_refresh` (issue 20 item 5; Baileys #2737 / PR #2765): the server
// waits for the companion's ack of it before pair-success (test/emulator/reg-refresh.ts). Baileys rc14 cannot ack
// anything before login because sendMessageAck reads `creds.me.id` (issue #2738, PR #2749): linking never finished.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

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

describe('companion_reg_refresh during linking', () => {
  it('is acked before login, so the scan of the QR completes the link', async () => {
    const { device, phone } = await linkDeviceByQr(core, emu, '6281234568901', 'Toko');
    expect(phone.devices.size).toBe(1);
    const [row] = await core.rpc.invoke('devices.list');
    expect(row).toMatchObject({ id: device.id, status: 'open' });
  });
});
