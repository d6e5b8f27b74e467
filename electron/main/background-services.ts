// What runs beside the window for as long as the app does: the self-updater, the login item and keep-awake.
// Each returns its stop function; lifecycle.ts stops them all before core closes.
import type { DesktopCore } from './core-host/desktop-core';
import type { CampaignActivity } from './campaign-activity';
import { manageKeepAwake } from './keep-awake';
import { manageStartAtLogin } from './login-item';
import type { QuitGuard } from './quit-guard';
import { loadAutoUpdater, startDesktopUpdater, type AppUpdaterLike } from './updater';

export interface BackgroundServiceOptions {
  core: DesktopCore;
  campaigns: CampaignActivity;
  quitGuard: QuitGuard;
  packaged: boolean;
  /** undefined: electron-updater where it can work; null: none; tests pass a fake. */
  autoUpdater?: AppUpdaterLike | null;
  updateTimings?: { everyMs: number; firstCheckAfterMs: number };
}

export function startBackgroundServices(options: BackgroundServiceOptions): Array<() => void> {
  const { core, campaigns } = options;
  const updater = options.autoUpdater !== undefined ? options.autoUpdater : loadAutoUpdater(options.packaged);
  if (!updater) core.updates.setStatus({ state: 'unsupported' });
  return [
    updater
      ? startDesktopUpdater({
          updater,
          updates: core.updates,
          settings: core.settings,
          events: core.events,
          campaigns,
          allowQuit: options.quitGuard.allow,
          logger: core.logger,
          ...options.updateTimings,
        })
      : () => undefined,
    manageStartAtLogin({
      settings: core.settings,
      events: core.events,
      setStartAtLogin: (enabled) => void core.rpc.invoke('settings.set', { startAtLogin: enabled }),
      packaged: options.packaged,
      onError: (error) => core.logger.warn({ err: error }, 'could not change the login item'),
    }),
    manageKeepAwake({ campaigns, settings: core.settings, events: core.events }),
  ];
}
