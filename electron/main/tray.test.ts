// Tray menu (status lines, Open / Pause all campaigns / Quit) and its labels (fake Electron).
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createAppTray, type TrayStatus } from './tray';
import { FakeTray } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const icon = fileURLToPath(new URL('../../resources/tray.png', import.meta.url));
const running: TrayStatus = {
  devicesConnected: 2,
  devicesTotal: 3,
  apiListening: true,
  apiPort: 7788,
  campaignsActive: 1,
};

function makeTray(language: 'id' | 'en' = 'id', status?: TrayStatus) {
  const actions = { onOpen: vi.fn(), onPauseAll: vi.fn(), onQuit: vi.fn() };
  const appTray = createAppTray({ icon, language, status, ...actions });
  return { appTray, tray: appTray.tray as unknown as FakeTray, ...actions };
}
const labelsOf = (tray: FakeTray) => tray.menu!.items.map((item) => item.label ?? item.type);

describe('createAppTray', () => {
  it('shows devices and API state, then Open, Pause all campaigns and Quit, in Indonesian by default', () => {
    const { tray, onOpen, onPauseAll, onQuit } = makeTray('id', running);
    expect(labelsOf(tray)).toEqual([
      '2 dari 3 perangkat tersambung',
      'API aktif · port 7788',
      'separator',
      'Buka Wasender',
      'Jeda semua kampanye',
      'separator',
      'Keluar',
    ]);
    const items = tray.menu!.items;
    expect(items[0].enabled).toBe(false);
    expect(items[1].enabled).toBe(false);
    items[3].click();
    items[4].click();
    items[6].click();
    expect(onOpen).toHaveBeenCalledOnce();
    expect(onPauseAll).toHaveBeenCalledOnce();
    expect(onQuit).toHaveBeenCalledOnce();
    expect(tray.tooltip).toBe('Wasender Desktop — 2 dari 3 perangkat tersambung · API aktif · port 7788');
  });

  it('greys out Pause all while no campaign is active and says when the API is down or no device exists', () => {
    const { tray } = makeTray('en');
    expect(labelsOf(tray).slice(0, 2)).toEqual(['No devices yet', 'API not running']);
    expect(tray.menu!.items[4]).toMatchObject({ label: 'Pause all campaigns', enabled: false });
  });

  it('relabels the menu when the language or the status changes', () => {
    const { appTray, tray } = makeTray('id');
    appTray.setLanguage('en');
    appTray.setStatus(running);
    expect(labelsOf(tray)).toEqual([
      '2 of 3 devices connected',
      'API running · port 7788',
      'separator',
      'Open Wasender',
      'Pause all campaigns',
      'separator',
      'Quit',
    ]);
    expect(tray.menu!.items[4].enabled).toBe(true);
  });

  it('does not rebuild the menu when nothing visible changed', () => {
    const { appTray, tray } = makeTray('id', running);
    const menu = tray.menu;
    appTray.setStatus({ ...running });
    expect(tray.menu).toBe(menu);
    appTray.setStatus({ ...running, devicesConnected: 3 });
    expect(tray.menu).not.toBe(menu);
  });

  it('uses the 32 px icon as a 16-point image at scale factor 2', () => {
    const { tray } = makeTray();
    expect(tray.image).toMatchObject({ scaleFactor: 2, bytes: expect.any(Number) });
  });

  it('opens the window on a left click outside macOS', () => {
    const { tray, onOpen } = makeTray();
    tray.emit('click');
    expect(onOpen).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
