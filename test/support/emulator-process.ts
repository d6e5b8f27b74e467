// Test helper: the WhatsApp emulator in its own process (the CLI), driven over its control API. A heavy test (hundreds
// of new contacts, each a fresh Signal identity and X3DH session on both sides) then uses both cores instead of
// doing the app's and the emulator's crypto on one thread.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Core } from '../../electron/core/app';
import { startTestCore } from './temp-core';
import { waitForSession } from './wa-harness';

const root = resolve(import.meta.dirname, '../..');

export interface EmulatorProcess {
  httpUrl: string;
  waUrl: string;
  caCertPath: string;
  rootKey: string;
  /** JSON request to the control API; throws on a non-2xx answer. */
  call<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export function startEmulatorProcess(args: string[] = []): Promise<EmulatorProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/emulator/cli.ts', '--port', '0', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`emulator did not start in 30 s:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`emulator exited with ${code}:\n${output}`)));
    child.stdout!.on('data', async (chunk: Buffer) => {
      output += chunk.toString();
      const httpUrl = /Control API\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (!httpUrl) return;
      clearTimeout(timer);
      const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
        const response = await fetch(`${httpUrl}${path}`, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = (await response.json()) as T;
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
        return json;
      };
      const health = await call<{ waUrl: string; rootKey: string; appEnv: Record<string, string> }>(
        'GET',
        '/health',
      );
      done({
        httpUrl,
        waUrl: health.waUrl,
        caCertPath: health.appEnv.NODE_EXTRA_CA_CERTS,
        rootKey: health.rootKey,
        call,
        close: () =>
          new Promise<void>((closed) => {
            if (child.exitCode !== null) return closed();
            child.removeAllListeners('exit');
            child.once('exit', () => closed());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

export function startCoreAgainstProcess(
  emu: EmulatorProcess,
  options: Parameters<typeof startTestCore>[0] = {},
) {
  return startTestCore({
    wa: { waUrl: emu.waUrl, waCaFile: emu.caCertPath, waRootKey: emu.rootKey },
    sessionTimings: { stableAfterMs: 2000, connectTimeoutMs: 1500 },
    ...options,
  });
}

/** Adds a device and links it: the emulator's phone of that number scans the QR the session shows. */
export async function linkDeviceThrough(core: Core, emu: EmulatorProcess, number: string, name = 'Test') {
  await emu.call('POST', '/phones', { number, name });
  const device = await core.rpc.invoke('devices.create', { number, name });
  await core.rpc.invoke('sessions.connect', { id: device.id });
  const withQr = await waitForSession(core, device.id, (s) => !!s.qr);
  await emu.call('POST', `/phones/${number}/link`, { qr: withQr.qr });
  await waitForSession(core, device.id, (s) => s.status === 'open');
  return device;
}
