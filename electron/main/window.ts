// The one app window: hardened webPreferences, our page only, shown once painted.
import { BrowserWindow } from 'electron';
import { hardenWebContents, type AppPage } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  page: AppPage;
  icon?: string;
}

/** Every switch that keeps page code away from Node and from other origins (Electron security checklist). */
export function hardenedWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

export function createMainWindow({ preloadPath, page, icon }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Wasender Desktop',
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    icon,
    webPreferences: hardenedWebPreferences(preloadPath),
  });
  hardenWebContents(window.webContents, page);
  // Shown when painted, so the user never sees a white flash.
  window.once('ready-to-show', () => window.show());
  if (page.kind === 'dev') void window.loadURL(page.url);
  else void window.loadFile(page.path);
  return window;
}

/** Brings the window to the front (second launch, tray click, dock click). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
