// Desktop lifecycle with a real core: single instance, startup, close-to-tray, clean quit (fake Electron).
import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../core/logger';
import { tempDataDir } from '../../test/support/temp-core';
import { startDesktopApp, type DesktopApp } from './lifecycle';
import { FakeBrowserWindow, FakeTray, fakeElectron } from './testing/fake-electron';
import { testIcons, testPage } from './testing/test-app';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
/** How the process core ran in ended (null while it runs). */
const coreExitCode = () => electron.utilityProcess.children.at(-1)?.child.exitCode;
const page = testPage;
const icons = testIcons;

let running: DesktopApp | null = null;
async function start(extraArgs: string[] = [], dataDir = tempDataDir()) {
  running = await startDesktopApp({
    argv: ['--data-dir', dataDir, '--port', '0', ...extraArgs],
    preloadPath: '/app/out/preload/index.cjs',
    page,
    icons,
    logger: createLogger('silent'),
  });
  return { app: running!, dataDir, window: () => running!.window() as unknown as FakeBrowserWindow };
}

async function quitAndWait() {
  electron.app.quit();
  await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
}

beforeEach(() => electron.reset());
afterEach(async () => {
  if (running && !electron.app.quitted) await quitAndWait();
  running = null;
});

/** A campaign sending from a device that is not connected: it stays running, waiting for the device. */
async function createRunningCampaign(app: DesktopApp) {
  const device = await app.core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
  const list = await app.core.rpc.invoke('contacts.importText', {
    name: 'Pelanggan',
    text: '6281111111111\n6281111111112',
  });
  return app.core.rpc.invoke('broadcasts.create', {
    name: 'Promo',
    listId: list.list.id,
    content: { kind: 'text', text: 'Halo' },
    deviceIds: [device.id],
    start: true,
  });
}

describe('single instance', () => {
  it('quits at once, starting nothing, when another instance holds the lock', async () => {
    electron.app.lockAvailable = false;
    const result = await startDesktopApp({ argv: [], preloadPath: '/p.cjs', page, icons });
    expect(result).toBeNull();
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('brings the existing window to the front when the app is launched again', async () => {
    const { window } = await start();
    window().minimize();
    window().hide();
    electron.app.emit('second-instance', {}, ['wasender'], '/');
    expect(window()).toMatchObject({ visible: true, minimized: false, focused: true });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('keys the lock to --data-dir, so another data folder can run beside it', async () => {
    const { dataDir } = await start();
    expect(electron.app.getPath('userData')).toBe(dataDir);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
  });
});

describe('startup', () => {
  it('starts core in the data dir with the API listening, then opens the hardened window on our page', async () => {
    const { app, dataDir, window } = await start();
    const info = await app.core.rpc.invoke('app.info');
    expect(info).toMatchObject({ dataDir, mode: 'desktop', apiListening: true, apiError: null });
    expect((await fetch(`${app.core.api.url}/health`)).status).toBe(200);
    expect(window().loaded).toEqual({ file: page.path });
    expect(window().options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('started at login (--hidden): no window, only the tray; a second launch opens the window', async () => {
    const { app } = await start(['--hidden']);
    expect(app.window()).toBeNull();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(FakeTray.instances).toHaveLength(1);
    expect((await fetch(`${app.core.api.url}/health`)).status).toBe(200);
    electron.app.emit('second-instance', {}, ['wasender', '--hidden'], '/');
    expect(app.window()).toBeNull(); // the login item again (signed out and in): still only the tray
    electron.app.emit('second-instance', {}, ['wasender'], '/');
    expect(app.window()).toMatchObject({ visible: true });
  });

  it('still starts when the API port is taken, leaving the message for the renderer (app.info.apiError)', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { app, window } = await start(['--port', String(port)]);
      const info = await app.core.rpc.invoke('app.info');
      expect(info.apiListening).toBe(false);
      expect(info.apiError).toMatch(new RegExp(`Port ${port}.*in use`));
      expect(window()).toBeTruthy();
    } finally {
      blocker.close();
    }
  });
});

describe('tray and closing', () => {
  it('shows a tray with Open, Pause all and Quit, relabelled when the language setting changes', async () => {
    const { app } = await start();
    const tray = FakeTray.instances[0];
    const actions = () => tray.menu!.items.slice(3).map((i) => i.label ?? i.type);
    expect(actions()).toEqual(['Buka Wasender', 'Jeda semua kampanye', 'separator', 'Keluar']);
    await app.core.rpc.invoke('settings.set', { language: 'en' });
    expect(actions()).toEqual(['Open Wasender', 'Pause all campaigns', 'separator', 'Quit']);
  });

  it('tray status: devices of all and the API port, updated when a device is added', async () => {
    const { app } = await start();
    const tray = FakeTray.instances[0];
    const port = new URL(app.core.api.url).port;
    await vi.waitFor(() =>
      expect(tray.menu!.items.slice(0, 2).map((i) => i.label)).toEqual([
        'Belum ada perangkat',
        `API aktif · port ${port}`,
      ]),
    );
    await app.core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
    await vi.waitFor(() => expect(tray.menu!.items[0].label).toBe('0 dari 1 perangkat tersambung'));
  });

  it('Pause all in the tray pauses a running campaign', async () => {
    const { app } = await start();
    const campaign = await createRunningCampaign(app);
    const tray = FakeTray.instances[0];
    await vi.waitFor(() => expect(tray.menu!.items[4].enabled).toBe(true));
    tray.menu!.items[4].click();
    await vi.waitFor(async () =>
      expect(await app.core.rpc.invoke('broadcasts.get', { id: campaign.id })).toMatchObject({
        status: 'paused',
        pauseReason: 'user',
      }),
    );
    await vi.waitFor(() => expect(tray.menu!.items[4].enabled).toBe(false));
  });

  it('hides the window to the tray on close while closeToTray is on, and the API keeps answering', async () => {
    const { app, window } = await start();
    window().show();
    window().close();
    expect(window()).toMatchObject({ destroyed: false, visible: false });
    expect(electron.app.quitCalls).toBe(0);
    expect((await fetch(`${app.core.api.url}/health`)).status).toBe(200);
    FakeTray.instances[0].menu!.items[3].click();
    expect(window().isVisible()).toBe(true);
  });

  it.skipIf(process.platform === 'darwin')(
    'quits and closes core when the window closes with closeToTray off',
    async () => {
      const { app, window } = await start();
      await app.core.rpc.invoke('settings.set', { closeToTray: false });
      window().close();
      expect(window()).toBeNull();
      await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
      expect(coreExitCode()).toBe(0); // core's process closed its database and ended
      await expect(fetch(`${app.core.api.url}/health`)).rejects.toThrow();
    },
  );

  it('Quit in the tray closes core cleanly before the app exits, and the window may close', async () => {
    const { app, window } = await start();
    const url = app.core.api.url;
    FakeTray.instances[0].menu!.items[6].click();
    // The first quit is held until core has closed, then quit runs again for real.
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
    expect(electron.app.quitCalls).toBe(2);
    expect(coreExitCode()).toBe(0); // core's process closed its database and ended
    expect(FakeTray.instances[0].destroyed).toBe(true);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    window().close();
    expect(window()).toBeNull();
  });

  it('reopens a window from the tray or Dock after the last one was closed', async () => {
    const { app, window } = await start();
    await app.core.rpc.invoke('settings.set', { closeToTray: false });
    electron.app.removeAllListeners('window-all-closed'); // as on macOS: the app stays without windows
    window().close();
    expect(window()).toBeNull();
    electron.app.emit('activate');
    expect(window()).toMatchObject({ visible: true, destroyed: false });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });
});
