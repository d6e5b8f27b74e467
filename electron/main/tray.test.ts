// Tray menu (Open/Quit) and its labels (fake Electron).
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createAppTray } from './tray';
import { FakeTray } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const icon = fileURLToPath(new URL('../../resources/tray.png', import.meta.url));

function makeTray(language: 'id' | 'en' = 'id') {
  const onOpen = vi.fn();
  const onQuit = vi.fn();
  const appTray = createAppTray({ icon, language, onOpen, onQuit });
  return { appTray, tray: appTray.tray as unknown as FakeTray, onOpen, onQuit };
}

describe('createAppTray', () => {
  it('offers Open and Quit, in Indonesian by default', () => {
    const { tray, onOpen, onQuit } = makeTray('id');
    const items = tray.menu!.items;
    expect(items.map((item) => item.label ?? item.type)).toEqual(['Buka Wasender', 'separator', 'Keluar']);
    items[0].click();
    expect(onOpen).toHaveBeenCalledOnce();
    items[2].click();
    expect(onQuit).toHaveBeenCalledOnce();
    expect(tray.tooltip).toMatch(/Wasender Desktop/);
  });

  it('relabels the menu when the language changes', () => {
    const { appTray, tray } = makeTray('id');
    appTray.setLanguage('en');
    expect(tray.menu!.items.map((item) => item.label ?? item.type)).toEqual([
      'Open Wasender',
      'separator',
      'Quit',
    ]);
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
