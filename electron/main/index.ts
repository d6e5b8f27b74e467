// Electron main entry: resolves the built files and starts the desktop app (see lifecycle.ts).
/// <reference types="electron-vite/node" />
import { join } from 'node:path';
import { app } from 'electron';
import appIcon from '../../resources/icon.png?asset';
import trayIcon from '../../resources/tray.png?asset';
import { startDesktopApp } from './lifecycle';
import type { AppPage } from './security';

const here = import.meta.dirname;
// electron-vite dev sets ELECTRON_RENDERER_URL; a packaged app always loads the built page.
const devUrl = process.env.ELECTRON_RENDERER_URL;
const page: AppPage =
  devUrl && !app.isPackaged
    ? { kind: 'dev', url: devUrl }
    : { kind: 'file', path: join(here, '../renderer/index.html') };

startDesktopApp({
  argv: process.argv.slice(1),
  preloadPath: join(here, '../preload/index.cjs'),
  page,
  icons: { window: appIcon, tray: trayIcon },
}).catch((error: unknown) => {
  console.error('Wasender Desktop could not start:', error);
  app.exit(1);
});
