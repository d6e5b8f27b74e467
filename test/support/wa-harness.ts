// Test helper: the app's core connected to the local WhatsApp emulator, with waits on session states.
import type { SessionState } from '../../shared/domain';
import type { Core, CoreOptions } from '../../electron/core/app';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { startTestCore } from './temp-core';

export function startCoreAgainst(emu: Emulator, options: Partial<CoreOptions> = {}): Promise<Core> {
  return startTestCore({
    wa: {
      waUrl: emu.waUrl,
      waCaFile: emu.caCertPath,
      waRootKey: Buffer.from(emu.rootPublicKey).toString('base64'),
    },
    sessionTimings: { stableAfterMs: 2000, connectTimeoutMs: 1500 },
    ...options,
  });
}

/** Resolves with the first session state (current or future) of the device that matches. */
export function waitForSession(
  core: Core,
  deviceId: number,
  matches: (state: SessionState) => boolean,
  timeoutMs = 15_000,
): Promise<SessionState> {
  return new Promise((resolve, reject) => {
    const current = core.sessions.get(deviceId).snapshot();
    if (matches(current)) return resolve(current);
    const timer = setTimeout(() => {
      off();
      reject(
        new Error(`Timed out waiting; last state ${JSON.stringify(core.sessions.get(deviceId).snapshot())}`),
      );
    }, timeoutMs);
    const off = core.events.on('device.state', (state) => {
      if (state.deviceId !== deviceId || !matches(state)) return;
      clearTimeout(timer);
      off();
      resolve(state);
    });
  });
}

/** Adds a device, shows its QR and lets the emulated phone of the same number scan it. */
export async function linkDeviceByQr(core: Core, emu: Emulator, number: string, name = 'Test') {
  const phone = emu.getPhone(number) ?? emu.createPhone(number, name);
  const device = await core.rpc.invoke('devices.create', { number, name });
  await core.rpc.invoke('sessions.connect', { id: device.id });
  const withQr = await waitForSession(core, device.id, (s) => !!s.qr);
  await phone.scanQr(withQr.qr!);
  await waitForSession(core, device.id, (s) => s.status === 'open');
  return { device, phone };
}

/** For a test file: the emulator, a core against it and a device linked as `number`, closed afterwards. */
export function useLinkedCore(number: string) {
  const linked = {} as { emu: Emulator; core: Core };
  beforeAll(async () => {
    linked.emu = await startEmulator();
    linked.core = await startCoreAgainst(linked.emu);
    await linkDeviceByQr(linked.core, linked.emu, number);
  });
  afterAll(async () => {
    await linked.core?.close();
    await linked.emu?.close();
  });
  return linked;
}
