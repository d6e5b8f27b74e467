// The "on WhatsApp?" check of a contact list goes out in small, paced batches (Evolution API #2228: thousands of
// lookups at once draw restrictions): 45 numbers are 3 queries of at most 20, with a pause between them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const PAUSE_MS = 200;
let emu: Emulator;
let core: Core;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  core = await startCoreAgainst(emu, { numberCheckPauseMs: PAUSE_MS });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, '6281234567701', 'Toko'));
}, 60_000);
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

it('checks 45 numbers in 3 queries of at most 20, pausing between them, and marks who is not on WhatsApp', async () => {
  const numbers = Array.from({ length: 45 }, (_, i) => `62812347${String(i).padStart(5, '0')}`);
  numbers.filter((_, i) => i % 3 === 0).forEach((n) => emu.createPhone(n));
  const list = await core.rpc.invoke('contacts.importText', { name: 'Cek', text: numbers.join('\n') });
  const queriesBefore = emu.stats.iq.usync ?? 0;
  const started = Date.now();
  const checked = await core.rpc.invoke('contacts.checkWhatsApp', { id: list.list.id, deviceId });
  const took = Date.now() - started;
  expect(checked).toEqual({ checked: 45, notOnWhatsApp: 30, removed: 0 });
  expect((emu.stats.iq.usync ?? 0) - queriesBefore).toBe(3);
  expect(took).toBeGreaterThanOrEqual(2 * PAUSE_MS);
  const { contacts } = await core.rpc.invoke('contacts.get', { id: list.list.id, limit: 50 });
  expect(contacts.filter((c) => c.onWhatsApp === false)).toHaveLength(30);
});
