// Desktop self-update with electron-updater and the GitHub releases of electron-builder.yml's publish block:
// check at start and every 6 h, download in the background, install when the app quits. It never restarts
// the app by itself; "restart to update" (updates.install) is refused while a campaign is sending.
import { createRequire } from 'node:module';
import { appError } from '../core/errors';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/logger';
import type { SettingsStore } from '../core/settings/settings-store';
import type { UpdatesFeature } from '../core/updates/handlers';
import { UPDATE_CHECK_EVERY_MS } from '../core/updates/release-check';
import type { CampaignActivity } from './campaign-activity';

/** The part of electron-updater's AppUpdater we use (tests pass testing/fake-updater.ts). */
export interface AppUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: string, listener: (...args: any[]) => void): unknown;
}

export interface DesktopUpdaterOptions {
  updater: AppUpdaterLike;
  updates: Pick<UpdatesFeature, 'status' | 'setStatus' | 'setDriver'>;
  settings: Pick<SettingsStore, 'get'>;
  events: Pick<EventBus, 'on'>;
  campaigns: Pick<CampaignActivity, 'isSending'>;
  /** Lets the quit that installs the update through the quit question. */
  allowQuit: () => void;
  logger: Pick<Logger, 'info' | 'warn'>;
  everyMs?: number;
  /** The first check waits a little, so it does not compete with the start (sessions, the window). */
  firstCheckAfterMs?: number;
}

export function startDesktopUpdater(options: DesktopUpdaterOptions): () => void {
  const { updater, updates, settings, logger } = options;
  const enabled = () => settings.get().autoUpdate;
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = enabled();

  updater.on('checking-for-update', () => updates.setStatus({ state: 'checking', message: null }));
  updater.on('update-not-available', () =>
    updates.setStatus({ state: 'latest', version: null, percent: null, checkedAt: Date.now() }),
  );
  updater.on('update-available', (info: { version: string }) =>
    updates.setStatus({ state: 'available', version: info.version, percent: 0, checkedAt: Date.now() }),
  );
  updater.on('download-progress', (progress: { percent: number }) =>
    updates.setStatus({ state: 'downloading', percent: Math.round(progress.percent) }),
  );
  updater.on('update-downloaded', (info: { version: string }) => {
    logger.info({ version: info.version }, 'update downloaded; it is installed when the app quits');
    updates.setStatus({ state: 'ready', version: info.version, percent: 100 });
  });
  updater.on('error', (error: Error) => {
    logger.warn({ err: error }, 'update check or download failed');
    updates.setStatus({ state: 'error', message: error.message, checkedAt: Date.now() });
  });

  const check = async () => {
    // A download under way or done needs no new check (electron-updater would start it again).
    const { state } = updates.status();
    if (state === 'ready' || state === 'downloading' || state === 'available') return;
    try {
      await updater.checkForUpdates();
    } catch (error) {
      updates.setStatus({ state: 'error', message: (error as Error).message, checkedAt: Date.now() });
    }
  };
  const install = () => {
    if (options.campaigns.isSending()) throw appError('conflict', 'update_blocked_by_campaign');
    logger.info({ version: updates.status().version }, 'restarting to install the update');
    options.allowQuit();
    updater.quitAndInstall(false, true);
  };
  updates.setDriver({ check, install });

  const timer = setInterval(() => {
    if (enabled()) void check();
  }, options.everyMs ?? UPDATE_CHECK_EVERY_MS);
  const first = setTimeout(() => {
    if (enabled()) void check();
  }, options.firstCheckAfterMs ?? 10_000);
  const stopSettings = options.events.on('settings.changed', (next) => {
    updater.autoInstallOnAppQuit = next.autoUpdate;
  });
  return () => {
    clearInterval(timer);
    clearTimeout(first);
    stopSettings();
    updates.setDriver(null);
  };
}

/**
 * electron-updater's autoUpdater where it can work: a packaged app on Windows (NSIS), macOS (dmg/zip) or a
 * Linux AppImage. Elsewhere (development, `--linux dir`, deb) null: nothing to update in place.
 */
export function loadAutoUpdater(
  packaged: boolean,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): AppUpdaterLike | null {
  if (!packaged || (platform === 'linux' && !env.APPIMAGE)) return null;
  // Loaded only here: electron-updater requires the real electron module as soon as it is read.
  return createRequire(import.meta.url)('electron-updater').autoUpdater as AppUpdaterLike;
}
