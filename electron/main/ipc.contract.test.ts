// The same contract suite over Electron IPC: the real preload and the real ipc.ts, wired in-process by a fake Electron.
import { describe, expect, it, vi } from 'vitest';
import { PRELOAD_GLOBAL, type ContractBridge } from '../../shared/contract';
import { startTestCore } from '../../test/support/temp-core';
import { describeContract } from '../../test/contract/contract-suite';
import { bindContractIpc } from './ipc';
import { isTrustedSender, type AppPage } from './security';
import { fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
const page: AppPage = { kind: 'file', path: '/app/out/renderer/index.html' };
const window = new (electron.module().BrowserWindow)({});

// Loading the preload runs it: it exposes the bridge through the (fake) contextBridge.
await import('../preload/index');
const exposed = () => electron.exposed[PRELOAD_GLOBAL] as ContractBridge;

async function bindTestCore() {
  const core = await startTestCore();
  const unbind = bindContractIpc({
    rpc: core.rpc,
    events: core.events,
    target: () => window.webContents as never,
    isTrusted: (event) => isTrustedSender(event.senderFrame, page),
  });
  return { core, unbind };
}

describeContract('Electron IPC', async () => {
  electron.senderFrame = electron.frame('file:///app/out/renderer/index.html#/devices');
  const { core, unbind } = await bindTestCore();
  return {
    bridge: exposed(),
    core,
    teardown: async () => {
      unbind();
      await core.close();
    },
  };
});

describe('preload and IPC binding', () => {
  it('exposes exactly one object with invoke and subscribe', () => {
    expect(electron.exposeCalls).toBe(1);
    expect(Object.keys(electron.exposed)).toEqual([PRELOAD_GLOBAL]);
    expect(Object.keys(exposed()).sort()).toEqual(['invoke', 'subscribe']);
  });

  it('refuses calls from a frame that is not our page (iframe or foreign URL)', async () => {
    const { core, unbind } = await bindTestCore();
    try {
      const top = electron.frame('file:///app/out/renderer/index.html');
      for (const frame of [
        electron.frame('https://evil.example/'),
        electron.frame('file:///tmp/other.html'),
        electron.frame('file:///app/out/renderer/index.html', top),
        null,
      ]) {
        electron.senderFrame = frame;
        await expect(exposed().invoke('settings.get')).rejects.toMatchObject({ code: 'unauthorized' });
      }
      electron.senderFrame = top;
      expect((await exposed().invoke('settings.get')).apiKey).toBe(core.settings.get().apiKey);
    } finally {
      unbind();
      await core.close();
    }
  });

  it('stops forwarding core events once unbound', async () => {
    const { core, unbind } = await bindTestCore();
    const seen: unknown[] = [];
    const unsubscribe = exposed().subscribe('devices.changed', (p) => seen.push(p));
    core.events.emit('devices.changed', { deviceId: 1 });
    unbind();
    core.events.emit('devices.changed', { deviceId: 2 });
    unsubscribe();
    await core.close();
    expect(seen).toEqual([{ deviceId: 1 }]);
  });

  it('does not throw when the window is gone', async () => {
    const core = await startTestCore();
    const closed = new (electron.module().BrowserWindow)({});
    closed.destroy();
    const unbind = bindContractIpc({
      rpc: core.rpc,
      events: core.events,
      target: () => closed.webContents as never,
      isTrusted: () => true,
    });
    try {
      expect(() => core.events.emit('devices.changed', {})).not.toThrow();
    } finally {
      unbind();
      await core.close();
    }
  });
});
