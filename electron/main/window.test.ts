// The app window's hardened webPreferences and page loading (fake Electron).
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, revealWindow } from './window';
import { FakeBrowserWindow, fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();

describe('createMainWindow', () => {
  it('creates a hardened window: isolated, sandboxed, no Node, web security on, our CJS preload', () => {
    const window = createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      page: { kind: 'file', path: '/app/out/renderer/index.html' },
    }) as unknown as FakeBrowserWindow;
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window.options.show).toBe(false);
    expect(window.loaded).toEqual({ file: '/app/out/renderer/index.html' });
  });

  it('loads the dev server URL in development', () => {
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      page: { kind: 'dev', url: 'http://localhost:5173/' },
    }) as unknown as FakeBrowserWindow;
    expect(window.loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('applies navigation and window.open rules to its own contents', () => {
    electron.shell.openExternal.mockClear();
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      page: { kind: 'file', path: '/app/out/renderer/index.html' },
    }) as unknown as FakeBrowserWindow;
    expect(window.webContents.tryNavigate('https://example.com/')).toBe(true);
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com/help' })).toEqual({
      action: 'deny',
    });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('shows itself once painted, and revealWindow restores a minimized window to the front', () => {
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      page: { kind: 'file', path: '/app/out/renderer/index.html' },
    }) as unknown as FakeBrowserWindow;
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
    window.minimize();
    window.hide();
    revealWindow(window as never);
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });
});
