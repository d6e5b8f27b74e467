// sessions: 10 devices linked to the emulator — seconds from app start to all open, and RSS per device
// (app with 10 sessions minus the same app with none, measured in child processes in the same run).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startEmulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';
import { tempDataDir } from '../support/temp-core';
import { reportBench } from './report';

const DEVICES = 10;
const root = new URL('../..', import.meta.url).pathname;
const emu = await startEmulator();

// Async: the emulator runs in this process and must keep answering while the child connects.
async function measure(dataDir: string, expected: number): Promise<{ openSeconds: number; rssMB: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      'test/bench/fixtures/sessions-child.ts',
      dataDir,
      emu.waUrl,
      emu.caCertPath,
      String(expected),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

const linkedDir = tempDataDir();
const setup = await startCoreAgainst(emu, { dataDir: linkedDir });
for (let i = 0; i < DEVICES; i++) await linkDeviceByQr(setup, emu, `62812345670${50 + i}`);
await setup.close();

const emptyDir = tempDataDir();
const baseline = await measure(emptyDir, 0);
const withSessions = await measure(linkedDir, DEVICES);
reportBench('sessions-10-open', withSessions.openSeconds, 's', 'info');
reportBench('session-rss-per-device', (withSessions.rssMB - baseline.rssMB) / DEVICES, 'MB', '<=60');
reportBench('session-rss-baseline', baseline.rssMB, 'MB', 'info');
await emu.close();
process.exit(0);
