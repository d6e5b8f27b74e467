// A campaign survives kill -9: killed 3 times mid-send and restarted, every recipient gets the message and at most
// one recipient per kill gets it twice.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phone } from '../emulator/index';
import { startEmulator, type Emulator } from '../emulator/index';
import { tempDataDir } from '../support/temp-core';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SENDER = '6281234567301';
const RECIPIENTS = Array.from({ length: 30 }, (_, i) => `62812345674${String(i).padStart(2, '0')}`);
const KILLS = 3;
const root = new URL('../..', import.meta.url).pathname;

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.close());

const received = (phones: Phone[]) =>
  phones.map((p) => p.messages.filter((m) => m.text?.startsWith('Promo kilat')).length);

/** Runs the app in a child until `killWhen` says so, then kills its whole process group with SIGKILL. */
function runUntilKilled(dataDir: string, killWhen: () => boolean) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/broadcast/fixtures/campaign-child.ts', dataDir, emu.waUrl, emu.caCertPath],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    const poll = setInterval(() => {
      if (!killWhen()) return;
      clearInterval(poll);
      process.kill(-child.pid!, 'SIGKILL');
    }, 5);
    const timer = setTimeout(() => {
      clearInterval(poll);
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`child made no progress in time: ${output.slice(-800)}`));
    }, 40_000);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve(output);
    });
  });
}

describe('campaign under kill -9', () => {
  it(
    `delivers to every recipient after ${KILLS} kills, with at most one duplicate per kill`,
    { timeout: 240_000 },
    async () => {
      const phones = RECIPIENTS.map((n) => emu.createPhone(n));
      const dataDir = tempDataDir();
      const setup = await startCoreAgainst(emu, { dataDir });
      const { device } = await linkDeviceByQr(setup, emu, SENDER);
      await setup.rpc.invoke('broadcasts.setGovernor', { warmupDays: 0 });
      const list = await setup.rpc.invoke('contacts.importText', {
        name: 'Kilat',
        text: RECIPIENTS.map((n, i) => `0${n.slice(2)}, Pelanggan ${i + 1}`).join('\n'),
      });
      expect(list.imported).toBe(30);
      const campaign = await setup.rpc.invoke('broadcasts.create', {
        name: 'Kilat',
        listId: list.list.id,
        content: { kind: 'text', text: 'Promo kilat untuk {{name}}' },
        deviceIds: [device.id],
        pacing: {
          minDelaySec: 0.05,
          maxDelaySec: 0.25,
          batchSize: 0,
          batchPauseMin: 0,
          dailyCapPerDevice: 0,
          window: null,
          startAt: null,
        },
        start: false,
      });
      await setup.rpc.invoke('broadcasts.start', { id: campaign.id });
      // Stop right away: the campaign stays "running" in the database and the children resume it.
      await setup.close();

      const total = () => received(phones).reduce((a, b) => a + b, 0);
      for (let kill = 1; kill <= KILLS; kill++) {
        const target = Math.min(25, total() + 6 + kill);
        const output = await runUntilKilled(dataDir, () => total() >= target);
        expect(output, `run ${kill}`).toContain('OPEN');
      }
      const before = total();
      expect(before, 'the kills happened mid-campaign').toBeLessThan(30);

      const core = await startCoreAgainst(emu, { dataDir });
      await new Promise<void>((resolve) => {
        const check = () => core.broadcast.runner.progressOf(campaign.id).status === 'done' && resolve();
        core.events.on('broadcast.progress', check);
        check();
      });
      await expect.poll(() => received(phones).every((n) => n >= 1), { timeout: 10_000 }).toBe(true);
      const counts = received(phones);
      const duplicates = counts.reduce((sum, n) => sum + (n - 1), 0);
      expect(duplicates).toBeLessThanOrEqual(KILLS);
      const progress = core.broadcast.runner.progressOf(campaign.id);
      expect(progress.counts.pending + progress.counts.sending + progress.counts.failed).toBe(0);
      await core.close();
      console.log(
        `kill9: ${KILLS} kills, ${duplicates} duplicate(s), per-recipient counts ${counts.join(',')}`,
      );
    },
  );
});
