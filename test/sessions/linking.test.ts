// Sessions against the WhatsApp emulator: link by QR and pairing code, restart without QR, logout.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';
import { tempDataDir } from '../support/temp-core';
import type { Core } from '../../electron/core/app';
import { hasCreds } from '../../electron/core/whatsapp/auth-queries';

let emu: Emulator;
const cores: Core[] = [];
const track = (core: Core) => (cores.push(core), core);
beforeAll(async () => {
  emu = await startEmulator();
});
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});
afterAll(() => emu?.close());

/** A fresh core with a not yet linked device `number`, and the emulated phone that will link it. */
async function unlinkedDevice(number: string, phoneName: string) {
  const core = track(await startCoreAgainst(emu));
  const phone = emu.createPhone(number, phoneName);
  const device = await core.rpc.invoke('devices.create', { number });
  return { core, phone, device };
}

describe('WhatsApp sessions', () => {
  it('links a device by QR, stores the account and reconnects after a restart without a new QR', async () => {
    const dataDir = tempDataDir();
    const core = track(await startCoreAgainst(emu, { dataDir }));
    const { device } = await linkDeviceByQr(core, emu, '6281234567001', 'Toko');
    const [row] = await core.rpc.invoke('devices.list');
    expect(row).toMatchObject({
      id: device.id,
      status: 'open',
      statusReason: null,
      connectedAt: expect.any(String),
    });
    expect(hasCreds(core.db, device.id)).toBe(true);
    await core.close();

    const restarted = track(await startCoreAgainst(emu, { dataDir }));
    const states: string[] = [];
    restarted.events.on('device.state', (s) => states.push(s.status));
    await waitForSession(restarted, device.id, (s) => s.status === 'open');
    expect(states).not.toContain('qr');
  });

  it('links by pairing code shown as ABCD-EFGH', async () => {
    const core = track(await startCoreAgainst(emu));
    const phone = emu.createPhone('6281234567002', 'Kasir');
    const device = await core.rpc.invoke('devices.create', { number: '0812-3456-7002', name: 'Kasir' });
    const { code } = await core.rpc.invoke('sessions.requestPairingCode', { id: device.id });
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await phone.linkWithPairingCode(code);
    await waitForSession(core, device.id, (s) => s.status === 'open');
  });

  it('gives a pairing code right away while a QR is already showing, and learns the WhatsApp name', async () => {
    const { core, phone, device } = await unlinkedDevice('6281234567006', 'Warung Bu Tini');
    await core.rpc.invoke('sessions.connect', { id: device.id });
    await waitForSession(core, device.id, (s) => s.status === 'qr');
    const started = Date.now();
    const { code } = await core.rpc.invoke('sessions.requestPairingCode', { id: device.id });
    expect(Date.now() - started).toBeLessThan(3000);
    await phone.linkWithPairingCode(code);
    await waitForSession(core, device.id, (s) => s.status === 'open');
    await expect
      .poll(async () => (await core.rpc.invoke('devices.list'))[0].waName, { timeout: 5000 })
      .toBe('Warung Bu Tini');
  });

  it('gives a pairing code when asked while the first QR is still being drawn', async () => {
    // The window between Baileys' first QR and the session showing it (the PNG is drawn in between): a
    // request there must not wait for the next QR, which WhatsApp sends only 60 s later.
    const { core, phone, device } = await unlinkedDevice('6281234567007', 'Toko Sebelah');
    let request: Promise<{ code: string }> | undefined;
    core.sessions.onSocket((id, sock) => {
      if (id !== device.id) return;
      sock.ev.on('connection.update', (update) => {
        if (update.qr && !request) {
          expect(core.sessions.get(id).snapshot().status).toBe('connecting');
          request = core.rpc.invoke('sessions.requestPairingCode', { id });
        }
      });
    });
    await core.rpc.invoke('sessions.connect', { id: device.id });
    await expect.poll(() => request, { timeout: 5000 }).toBeDefined();
    const started = Date.now();
    const { code } = await request!;
    expect(Date.now() - started).toBeLessThan(3000);
    await phone.linkWithPairingCode(code);
    await waitForSession(core, device.id, (s) => s.status === 'open');
  });

  it('connects at once for a pairing code while waiting to retry an unreachable WhatsApp', async () => {
    const { core, phone, device } = await unlinkedDevice('6281234567008', 'Toko Seberang');
    emu.faults.refuseConnections(30);
    await core.rpc.invoke('sessions.connect', { id: device.id });
    const waiting = await waitForSession(core, device.id, (s) => s.retryAt !== null);
    expect(waiting.status).toBe('reconnecting');
    emu.faults.reset(); // WhatsApp is back, the next try is still seconds away
    const { code } = await core.rpc.invoke('sessions.requestPairingCode', { id: device.id });
    await phone.linkWithPairingCode(code);
    await waitForSession(core, device.id, (s) => s.status === 'open');
  });

  it('refuses a QR scanned by the phone of another number', async () => {
    const core = track(await startCoreAgainst(emu));
    const other = emu.createPhone('6281234567099', 'Other');
    const device = await core.rpc.invoke('devices.create', { number: '6281234567003' });
    await core.rpc.invoke('sessions.connect', { id: device.id });
    const { qr } = await waitForSession(core, device.id, (s) => !!s.qr);
    await other.scanQr(qr!);
    const failed = await waitForSession(core, device.id, (s) => s.status === 'failed');
    expect(failed.reason).toBe('wrong_number');
    expect(hasCreds(core.db, device.id)).toBe(false);
  });

  it('shows logged_out and clears keys when the phone logs the device out', async () => {
    const core = track(await startCoreAgainst(emu));
    const { device, phone } = await linkDeviceByQr(core, emu, '6281234567004');
    await phone.logoutDevice();
    const state = await waitForSession(core, device.id, (s) => s.status === 'logged_out');
    expect(state.reason).toBe('logged_out');
    expect(hasCreds(core.db, device.id)).toBe(false);
    expect(core.db.prepare('SELECT count(*) AS n FROM wa_keys WHERE device_id = ?').get(device.id)).toEqual({
      n: 0,
    });
  });

  it('pauses without logging out and resumes', async () => {
    const core = track(await startCoreAgainst(emu));
    const { device } = await linkDeviceByQr(core, emu, '6281234567005');
    await core.rpc.invoke('sessions.pause', { id: device.id });
    expect((await core.rpc.invoke('devices.list'))[0]).toMatchObject({ status: 'paused', paused: true });
    expect(hasCreds(core.db, device.id)).toBe(true);
    await core.rpc.invoke('sessions.resume', { id: device.id });
    await waitForSession(core, device.id, (s) => s.status === 'open');
  });
});
