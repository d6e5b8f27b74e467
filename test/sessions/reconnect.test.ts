// Sessions survive a flaky WhatsApp: dropped connections, a server that is down, unresponsive sockets.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';
import { tempDataDir } from '../support/temp-core';
import type { Core } from '../../electron/core/app';

let emu: Emulator;
const cores: Core[] = [];
const track = (core: Core) => (cores.push(core), core);
beforeAll(async () => {
  emu = await startEmulator();
});
afterEach(async () => {
  emu.faults.reset();
  await Promise.all(cores.splice(0).map((core) => core.close()));
});
afterAll(() => emu?.close());

describe('reconnecting sessions', () => {
  it('reconnects with backoff after the server drops the connection', async () => {
    const core = track(await startCoreAgainst(emu));
    const { device } = await linkDeviceByQr(core, emu, '6281234567011');
    const seen: string[] = [];
    core.events.on('device.state', (s) => seen.push(`${s.status}:${s.reason ?? ''}`));
    emu.faults.dropAll();
    const reconnecting = await waitForSession(core, device.id, (s) => s.status === 'reconnecting');
    expect(reconnecting.reason).toBe('connection_lost');
    expect(reconnecting.retryAt! - Date.now()).toBeGreaterThan(1000);
    expect(reconnecting.retryAt! - Date.now()).toBeLessThanOrEqual(2400);
    await waitForSession(core, device.id, (s) => s.status === 'open');
    expect(seen).toEqual(['reconnecting:connection_lost', 'connecting:connection_lost', 'open:']);
  });

  it('keeps retrying, without crashing, while the server refuses connections at start', async () => {
    const dataDir = tempDataDir();
    const first = track(await startCoreAgainst(emu, { dataDir }));
    const { device } = await linkDeviceByQr(first, emu, '6281234567012');
    await first.close();
    cores.splice(cores.indexOf(first), 1);

    emu.faults.refuseConnections(3);
    const core = track(await startCoreAgainst(emu, { dataDir }));
    const retrying = await waitForSession(core, device.id, (s) => s.status === 'reconnecting');
    expect(retrying.reason).toBe('unreachable');
    expect(retrying.retryAt).toBeGreaterThan(Date.now());
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    await waitForSession(core, device.id, (s) => s.status === 'open', 20_000);
    const cpuMs = (process.cpuUsage(cpuBefore).user + process.cpuUsage(cpuBefore).system) / 1000;
    // Waiting between attempts is idle time, not a busy loop.
    expect(cpuMs).toBeLessThan((Date.now() - started) * 0.5);
  });

  it('restarts a session that looks open but no longer answers (zombie)', async () => {
    const core = track(
      await startCoreAgainst(emu, { sessionTimings: { keepAliveIntervalMs: 200, keepAliveTimeoutMs: 300 } }),
    );
    const { device } = await linkDeviceByQr(core, emu, '6281234567013');
    emu.faults.setLatency(1500);
    const restarted = await waitForSession(core, device.id, (s) => s.status === 'reconnecting', 10_000);
    expect(restarted.reason).toBe('unresponsive');
    emu.faults.setLatency(0);
    await waitForSession(core, device.id, (s) => s.status === 'open', 15_000);
  });

  it('runs three devices independently', async () => {
    const core = track(await startCoreAgainst(emu));
    const linked = [];
    for (const n of ['6281234567021', '6281234567022', '6281234567023'])
      linked.push(await linkDeviceByQr(core, emu, n));
    emu.faults.drop('6281234567022');
    await waitForSession(core, linked[1].device.id, (s) => s.status === 'reconnecting');
    expect(core.sessions.get(linked[0].device.id).snapshot().status).toBe('open');
    expect(core.sessions.get(linked[2].device.id).snapshot().status).toBe('open');
    await waitForSession(core, linked[1].device.id, (s) => s.status === 'open');
    const bob = emu.createPhone('6281234567030', 'Bob');
    for (const [i, { device }] of linked.entries()) {
      await core.sender.send({
        sender: device.number,
        to: bob.jid,
        content: { kind: 'content', content: { text: `from ${i}` } },
      });
    }
    for (const i of [0, 1, 2]) await bob.waitForMessage((m) => m.text === `from ${i}`);
  });
});
