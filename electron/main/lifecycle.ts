// Desktop app lifecycle: one instance, core started on ready, window + tray + IPC, notifications and the
// background services, the quit question, clean shutdown on quit.
import { resolve } from 'node:path';
import { BrowserWindow, app, session } from 'electron';
import type { CoreOptions } from '../core/app';
import { parseRunConfig } from '../core/config';
import { createLogger, type Logger } from '../core/logger';
import { pauseAllCampaigns, watchCampaignActivity } from './campaign-activity';
import type { DesktopCore } from './core-host/desktop-core';
import { startUtilityCore } from './core-host/utility-core';
import { bindContractIpc } from './ipc';
import { startBackgroundServices } from './background-services';
import { HIDDEN_FLAG, startedHidden } from './login-item';
import { startNotifications, type AppNotifications } from './notifications';
import { createQuitGuard } from './quit-guard';
import type { AppUpdaterLike } from './updater';
import { loadDesktopDataKeys } from './keystore';
import { hardenSession, isTrustedSender, type AppPage } from './security';
import { createAppTray, type AppTray } from './tray';
import { watchTrayStatus } from './tray-status';
import { createMainWindow, revealWindow } from './window';
import { reloadOnCrash } from './window-recovery';

export interface DesktopAppOptions {
  /** Command-line arguments after the executable (--data-dir, --port, --host, --api-key). */
  argv: string[];
  preloadPath: string;
  page: AppPage;
  icons: { window: string; tray: string };
  logger?: Logger;
  /**
   * Starts core: by default in its own process (an Electron utilityProcess), so its work never stalls the
   * window. Tests that feed core directly pass createCore, which runs it in this process.
   */
  startCore?: (options: CoreOptions) => Promise<DesktopCore>;
  /** Tests pass a fake; by default electron-updater's where it can work (see loadAutoUpdater). */
  autoUpdater?: AppUpdaterLike | null;
  /** Updater timings for tests. */
  updateTimings?: { everyMs: number; firstCheckAfterMs: number };
}

export interface DesktopApp {
  core: DesktopCore;
  notifications: AppNotifications;
  tray: AppTray;
  window(): BrowserWindow | null;
  showWindow(): void;
}

/** Starts the desktop app, or returns null when another instance already runs (which then comes to the front). */
export async function startDesktopApp(options: DesktopAppOptions): Promise<DesktopApp | null> {
  const config = parseRunConfig(options.argv);
  // --data-dir moves Chromium's profile too, and with it the single-instance lock: two data dirs may run side by side.
  if (config.dataDir) app.setPath('userData', resolve(config.dataDir));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  if (process.platform === 'win32') app.setAppUserModelId('id.wasender.desktop');

  let mainWindow: BrowserWindow | null = null;
  let quitting = false;
  let started = false;
  const showWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openWindow();
    revealWindow(mainWindow);
  };
  const windowInFront = () =>
    !!mainWindow &&
    !mainWindow.isDestroyed() &&
    mainWindow.isVisible() &&
    !mainWindow.isMinimized() &&
    mainWindow.isFocused();
  /** Shows the window on a renderer route (a notification click): the hash router picks it up. */
  const openRoute = (route: string) => {
    showWindow();
    const contents = mainWindow!.webContents;
    const go = () => void contents.executeJavaScript(`location.hash = ${JSON.stringify(`#/${route}`)}`);
    if (contents.isLoading()) contents.once('did-finish-load', go);
    else go();
  };
  // A second launch (double-clicked again, or autostart) brings this window forward instead of a new app.
  // A login-item start while we already run (e.g. signed out and in again) stays quiet in the tray.
  app.on('second-instance', (_event, argv: string[]) => {
    if (started && !argv.includes(HIDDEN_FLAG)) showWindow();
  });

  await app.whenReady();
  const logger = options.logger ?? createLogger();
  const core = await (options.startCore ?? startUtilityCore)({
    dataDir: app.getPath('userData'),
    // The WhatsApp keys and secrets are sealed with a key the OS keychain protects (keystore.ts).
    dataKeys: await loadDesktopDataKeys(app.getPath('userData')),
    apiHost: config.host,
    apiPort: config.port,
    apiKey: config.apiKey,
    webhookUrl: config.webhookUrl,
    mode: 'desktop',
    logger,
    wa: { waUrl: config.waUrl, waCaFile: config.waCa, waRootKey: config.waRootKey },
  });
  // A busy port is not fatal: core already logged it and the renderer shows app.info's apiError.
  if (!core.api.listening) core.logger.warn({ apiError: core.api.error }, 'REST API is not listening');

  hardenSession(session.defaultSession, options.page);
  const unbindIpc = bindContractIpc({
    rpc: core.rpc,
    events: core.events,
    logger: core.logger,
    target: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    isTrusted: (event) => isTrustedSender(event.senderFrame, options.page),
  });

  function openWindow(): BrowserWindow {
    const window = createMainWindow({
      preloadPath: options.preloadPath,
      page: options.page,
      icon: options.icons.window,
    });
    window.on('close', (event) => {
      if (quitting) return;
      // Closing hides to the tray while the setting is on, so the REST API keeps serving office software.
      // Without it, closing quits: while a campaign sends, the quit question comes first.
      if (core.settings.get().closeToTray) window.hide();
      else if (!quitGuard.holdQuit()) return;
      event.preventDefault();
    });
    reloadOnCrash(window, { logger: core.logger });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  }

  const campaigns = await watchCampaignActivity(core);
  const quitGuard = createQuitGuard({
    campaigns,
    rpc: core.rpc,
    language: () => core.settings.get().language,
    window: () => mainWindow,
    keepRunning: () => mainWindow?.hide(),
    quit: () => app.quit(),
    logger: core.logger,
  });
  const tray = createAppTray({
    icon: options.icons.tray,
    language: core.settings.get().language,
    onOpen: showWindow,
    onPauseAll: () =>
      void pauseAllCampaigns(core.rpc).catch((error: unknown) =>
        core.logger.error({ err: error }, 'pausing all campaigns failed'),
      ),
    onQuit: () => app.quit(),
  });
  const notifications = startNotifications({
    core,
    campaigns,
    windowInFront,
    openRoute,
    icon: options.icons.window,
  });
  const stops = [
    ...startBackgroundServices({
      core,
      campaigns,
      quitGuard,
      packaged: app.isPackaged,
      autoUpdater: options.autoUpdater,
      updateTimings: options.updateTimings,
    }),
    notifications.stop,
    core.events.on('settings.changed', (settings) => tray.setLanguage(settings.language)),
    watchTrayStatus(core, campaigns, tray.setStatus),
    campaigns.stop,
  ];

  // Without close-to-tray, closing the last window quits — except on macOS, where apps stay in the Dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showWindow);
  app.on('before-quit', (event) => {
    if (quitGuard.holdQuit()) return event.preventDefault();
    quitting = true;
  });
  let coreClosed = false;
  app.on('will-quit', (event) => {
    if (coreClosed) return;
    // Hold the quit until the database and the API are closed cleanly, then quit for real.
    event.preventDefault();
    stops.forEach((stop) => stop());
    unbindIpc();
    tray.destroy();
    core
      .close()
      .catch((error: unknown) => core.logger.error({ err: error }, 'core did not close cleanly'))
      .finally(() => {
        coreClosed = true;
        app.quit();
      });
  });

  // Started by the login item: stay in the tray; the window opens from the tray or a second launch.
  if (startedHidden(options.argv)) core.logger.info('started at login: staying in the tray');
  else mainWindow = openWindow();
  started = true;
  return { core, tray, notifications, window: () => mainWindow, showWindow };
}
