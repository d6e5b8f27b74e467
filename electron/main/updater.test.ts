// Desktop updater wiring (fake Electron, fake electron-updater, real core): checks at start and every period,
// downloads in the background, installs on quit, and never restarts the app while a campaign is sending.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../core/logger';
import { tempDataDir } from '../../test/support/temp-core';
import { desktopAppOptions } from './testing/test-app';
import { startDesktopApp, type DesktopApp } from './lifecycle';
import { PAUSE_AND_QUIT } from './quit-guard';
import { loadAutoUpdater } from './updater';
import { fakeElectron } from './testing/fake-electron';
import { FakeUpdater } from './testing/fake-updater';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
let app: DesktopApp;
let updater: FakeUpdater;

async function start(timings = { everyMs: 60_000, firstCheckAfterMs: 0 }, dataDir = tempDataDir()) {
  app = (await startDesktopApp(
    desktopAppOptions(dataDir, {
      logger: createLogger('silent'),
      autoUpdater: updater,
      updateTimings: timings,
    }),
  ))!;
}

async function runningCampaign() {
  const device = await app.core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
  const list = await app.core.rpc.invoke('contacts.importText', { name: 'Pelanggan', text: '6281111111111' });
  return app.core.rpc.invoke('broadcasts.create', {
    name: 'Promo',
    listId: list.list.id,
    content: { kind: 'text', text: 'Halo' },
    deviceIds: [device.id],
    start: true,
  });
}

beforeEach(() => {
  electron.reset();
  updater = new FakeUpdater();
});
afterEach(async () => {
  electron.dialog.answers = [PAUSE_AND_QUIT];
  electron.app.quit();
  await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
});

describe('desktop updater', () => {
  it('checks at start, downloads in the background and waits for the quit to install', async () => {
    updater.latestVersion = '9.9.9';
    await start();
    await vi.waitFor(async () =>
      expect(await app.core.rpc.invoke('updates.status')).toMatchObject({
        state: 'ready',
        version: '9.9.9',
        percent: 100,
      }),
    );
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('checks again every period while automatic updates are on', async () => {
    await start({ everyMs: 25, firstCheckAfterMs: 0 });
    await vi.waitFor(() => expect(updater.checkForUpdates.mock.calls.length).toBeGreaterThanOrEqual(3));
    expect(app.core.updates.status().state).toBe('latest');
  });

  it('with automatic updates off: no check at start, nothing installed on quit; "check now" still checks', async () => {
    const dataDir = tempDataDir();
    await start(undefined, dataDir);
    await app.core.rpc.invoke('settings.set', { autoUpdate: false });
    expect(updater.autoInstallOnAppQuit).toBe(false);
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });

    electron.reset();
    updater = new FakeUpdater();
    updater.latestVersion = '9.9.9';
    await start(undefined, dataDir);
    // The first check is a 0 ms timer set during start; timers of equal delay run in the order they were
    // set, so once this one has run, a check at start would have been made.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect((await app.core.rpc.invoke('updates.check')).state).toBe('ready');
  });

  it('"restart to update" is refused while a campaign sends, and works once it is paused', async () => {
    updater.latestVersion = '9.9.9';
    await start();
    await vi.waitFor(() => expect(app.core.updates.status().state).toBe('ready'));
    const campaign = await runningCampaign();
    await expect(app.core.rpc.invoke('updates.install')).rejects.toMatchObject({ code: 'conflict' });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    await app.core.rpc.invoke('broadcasts.pause', { id: campaign.id });
    await vi.waitFor(async () =>
      expect(await app.core.rpc.invoke('updates.install')).toEqual({ installing: true }),
    );
    expect(updater.quitAndInstall).toHaveBeenCalledWith(false, true);
  });

  it('refuses to install when nothing is downloaded, and reports a failed check', async () => {
    updater.failWith = new Error('net::ERR_INTERNET_DISCONNECTED');
    await start();
    await vi.waitFor(() =>
      expect(app.core.updates.status()).toMatchObject({
        state: 'error',
        message: 'net::ERR_INTERNET_DISCONNECTED',
      }),
    );
    await expect(app.core.rpc.invoke('updates.install')).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('loadAutoUpdater', () => {
  it('has nothing to update in development, in a Linux folder build or a deb', () => {
    expect(loadAutoUpdater(false, 'win32')).toBeNull();
    expect(loadAutoUpdater(true, 'linux', {})).toBeNull();
  });

  it('reports "unsupported" in Settings when there is no updater', async () => {
    app = (await startDesktopApp({
      argv: ['--data-dir', tempDataDir(), '--port', '0'],
      preloadPath: '/p.cjs',
      page: { kind: 'file', path: '/app/out/renderer/index.html' },
      icons: { window: '/i.png', tray: new URL('../../resources/tray.png', import.meta.url).pathname },
      logger: createLogger('silent'),
      autoUpdater: null,
    }))!;
    expect((await app.core.rpc.invoke('updates.check')).state).toBe('unsupported');
  });
});
