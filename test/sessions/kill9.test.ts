// A kill -9 at any moment leaves an auth state Baileys resumes from: 20 kills mid key-write, 20 reopens, no QR.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';
import { tempDataDir } from '../support/temp-core';

const ROUNDS = 20;
const SENDER = '6281234567041';
const root = new URL('../..', import.meta.url).pathname;
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.close());

function runUntilKilled(dataDir: string, recipients: string[], killAfterSends: number) {
  return new Promise<{ output: string; sawQr: boolean }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/sessions/fixtures/session-child.ts',
        dataDir,
        emu.waUrl,
        emu.caCertPath,
        SENDER,
        ...recipients,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`child did not open/send in time: ${output.slice(-500)}`));
    }, 30_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const sent = [...output.matchAll(/^SENT \d+$/gm)].length;
      if (/^EVENT_OPEN$/m.test(output) && sent >= killAfterSends) {
        clearTimeout(timer);
        process.kill(-child.pid!, 'SIGKILL'); // the whole process group, like a crash
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ output, sawQr: /^EVENT_QR$/m.test(output) });
    });
  });
}

describe('auth state under kill -9', () => {
  it(
    `reopens without a new QR after ${ROUNDS} kills in the middle of key writes`,
    { timeout: 240_000 },
    async () => {
      const dataDir = tempDataDir();
      const setup = await startCoreAgainst(emu, { dataDir });
      await linkDeviceByQr(setup, emu, SENDER);
      await setup.close();

      for (let round = 0; round < ROUNDS; round++) {
        const recipients = [0, 1, 2, 3].map((i) => `62812345${String(round * 4 + i).padStart(5, '0')}`);
        recipients.forEach((number) => emu.getPhone(number) ?? emu.createPhone(number));
        const { output, sawQr } = await runUntilKilled(dataDir, recipients, round % 3);
        expect(output, `round ${round}`).toMatch(/^EVENT_OPEN$/m);
        expect(sawQr, `round ${round} asked for a new QR:\n${output.slice(-3000)}`).toBe(false);
      }

      const core = await startCoreAgainst(emu, { dataDir });
      const bob = emu.createPhone('6281234569999', 'Bob');
      await new Promise<void>((resolve) =>
        core.events.on('device.state', (s) => s.status === 'open' && resolve()),
      );
      await core.sender.send({
        sender: SENDER,
        to: bob.jid,
        content: { kind: 'content', content: { text: 'still works' } },
      });
      await bob.waitForMessage((m) => m.text === 'still works');
      await core.close();
    },
  );
});
