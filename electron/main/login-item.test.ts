// Start at login: the login item per platform, the Linux autostart file, hidden starts, and the first-device rule
// (fake Electron, real core: SQLite settings and its event bus).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core/app';
import { startTestCore, tempDataDir } from '../../test/support/temp-core';
import {
  applyStartAtLogin,
  linuxAutostartEntry,
  linuxAutostartPath,
  manageStartAtLogin,
  startedHidden,
  type LoginItemHost,
} from './login-item';
import { fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
const host = (platform: NodeJS.Platform, executable = '/opt/Wasender Desktop/wasender'): LoginItemHost => ({
  platform,
  executable,
  configDir: tempDataDir(),
});

beforeEach(() => electron.reset());

describe('applyStartAtLogin', () => {
  it('Windows: registers the executable with --hidden, and removes it again', () => {
    const win = host(
      'win32',
      'C:\\Users\\Ana\\AppData\\Local\\Programs\\Wasender Desktop\\Wasender Desktop.exe',
    );
    applyStartAtLogin(true, win);
    expect(electron.app.loginItem).toMatchObject({
      openAtLogin: true,
      path: win.executable,
      args: ['--hidden'],
    });
    applyStartAtLogin(false, win);
    expect(electron.app.loginItem.openAtLogin).toBe(false);
  });

  it('macOS: a plain login item (no args there; wasOpenedAtLogin tells a login start)', () => {
    applyStartAtLogin(true, host('darwin'));
    expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true });
  });

  it('Linux: writes an XDG autostart entry that starts hidden, and deletes it when turned off', () => {
    const linux = host('linux', '/home/ana/Apps/Wasender "Desktop" $1.AppImage');
    applyStartAtLogin(true, linux);
    const file = linuxAutostartPath(linux);
    expect(file).toBe(join(linux.configDir, 'autostart', 'wasender-desktop.desktop'));
    const entry = readFileSync(file, 'utf8');
    expect(entry).toBe(linuxAutostartEntry(linux.executable));
    expect(entry.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Exec="/home/ana/Apps/Wasender \\"Desktop\\" \\$1.AppImage" --hidden',
      ]),
    );
    expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled();
    applyStartAtLogin(false, linux);
    expect(existsSync(file)).toBe(false);
    applyStartAtLogin(false, linux); // already gone: no error
  });
});

describe('startedHidden', () => {
  it('is true with --hidden, or on macOS when the OS opened the app at login', () => {
    expect(startedHidden(['--hidden'], 'win32')).toBe(true);
    expect(startedHidden([], 'win32')).toBe(false);
    expect(startedHidden([], 'darwin')).toBe(false);
    electron.app.loginItem.wasOpenedAtLogin = true;
    expect(startedHidden([], 'darwin')).toBe(true);
    expect(startedHidden([], 'linux')).toBe(false);
  });
});

describe('manageStartAtLogin (real settings and events)', () => {
  let core: Core;
  let stop: () => void = () => undefined;
  const linux = host('linux', '/opt/wasender/wasender');
  const manage = (packaged = true) => {
    stop = manageStartAtLogin({
      settings: core.settings,
      events: core.events,
      setStartAtLogin: (enabled) => void core.rpc.invoke('settings.set', { startAtLogin: enabled }),
      packaged,
      host: linux,
    });
  };
  const openDevice = (deviceId: number) =>
    core.events.emit('device.state', {
      deviceId,
      status: 'open',
      reason: null,
      qrDataUrl: null,
      qr: null,
      pairingCode: null,
      retryAt: null,
    });
  beforeEach(async () => {
    core = await startTestCore();
  });
  afterEach(async () => {
    stop();
    await core.close();
  });

  it('is undecided on a fresh install, and turns on when the first device links', async () => {
    expect(core.settings.get().startAtLogin).toBeNull();
    manage();
    expect(existsSync(linuxAutostartPath(linux))).toBe(false);
    openDevice(1);
    await vi.waitFor(() => expect(core.settings.get().startAtLogin).toBe(true));
    expect(readFileSync(linuxAutostartPath(linux), 'utf8')).toContain('--hidden');
  });

  it('leaves a choice the user made alone when a device links, and follows the switch', async () => {
    await core.rpc.invoke('settings.set', { startAtLogin: false });
    manage();
    openDevice(1);
    expect(core.settings.get().startAtLogin).toBe(false);
    expect(existsSync(linuxAutostartPath(linux))).toBe(false);
    await core.rpc.invoke('settings.set', { startAtLogin: true });
    expect(existsSync(linuxAutostartPath(linux))).toBe(true);
    await core.rpc.invoke('settings.set', { startAtLogin: false });
    expect(existsSync(linuxAutostartPath(linux))).toBe(false);
  });

  it('registers nothing in development (the bare Electron binary would start without the app)', async () => {
    manage(false);
    await core.rpc.invoke('settings.set', { startAtLogin: true });
    expect(existsSync(linuxAutostartPath(linux))).toBe(false);
  });
});
