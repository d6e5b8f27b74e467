// Start at login: Windows/macOS login items (app.setLoginItemSettings), a Linux XDG autostart file,
// and the rule that turns it on when the first device links (the API only serves office software while we run).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import type { EventBus } from '../core/events';
import type { SettingsStore } from '../core/settings/settings-store';

/** The flag the login item passes: start in the tray without showing the window. */
export const HIDDEN_FLAG = '--hidden';
const AUTOSTART_NAME = 'wasender-desktop.desktop';

export interface LoginItemHost {
  platform: NodeJS.Platform;
  /** What autostart launches: the AppImage when running from one (its execPath is a temporary mount). */
  executable: string;
  /** $XDG_CONFIG_HOME or ~/.config (Linux). */
  configDir: string;
}

export function currentHost(env: NodeJS.ProcessEnv = process.env): LoginItemHost {
  return {
    platform: process.platform,
    executable: env.APPIMAGE || process.execPath,
    configDir: env.XDG_CONFIG_HOME || join(homedir(), '.config'),
  };
}

export const linuxAutostartPath = (host: LoginItemHost) => join(host.configDir, 'autostart', AUTOSTART_NAME);

/** Desktop Entry Exec quoting: the path in double quotes, with ", `, $ and \ escaped (freedesktop spec, "Exec key"). */
const quoteExec = (path: string) => `"${path.replace(/(["`$\\])/g, '\\$1')}"`;

export function linuxAutostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Wasender Desktop',
    'Comment=Keeps the Wasender API running for your office software',
    `Exec=${quoteExec(executable)} ${HIDDEN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Registers or removes the login item for this platform. */
export function applyStartAtLogin(enabled: boolean, host: LoginItemHost = currentHost()): void {
  if (host.platform === 'linux') {
    const file = linuxAutostartPath(host);
    if (!enabled) return rmSync(file, { force: true });
    mkdirSync(join(host.configDir, 'autostart'), { recursive: true });
    writeFileSync(file, linuxAutostartEntry(host.executable));
    return;
  }
  // Windows passes args to the Run key entry; macOS has no args, so startedHidden() asks wasOpenedAtLogin.
  app.setLoginItemSettings(
    host.platform === 'win32'
      ? { openAtLogin: enabled, path: host.executable, args: [HIDDEN_FLAG] }
      : { openAtLogin: enabled },
  );
}

/** Whether this start came from the login item, so the window stays in the tray. */
export function startedHidden(argv: string[], platform: NodeJS.Platform = process.platform): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

export interface StartAtLoginOptions {
  settings: Pick<SettingsStore, 'get'>;
  events: Pick<EventBus, 'on'>;
  /** Writes a setting the way settings.set does (stores it and emits settings.changed). */
  setStartAtLogin: (enabled: boolean) => void;
  /** False in development: the bare Electron binary would start without our app at login. */
  packaged: boolean;
  host?: LoginItemHost;
  onError?: (error: unknown) => void;
}

/**
 * Keeps the login item in step with the setting, and decides it the first time a device links
 * (startAtLogin is null until then): a linked number is the sign the API is meant to be there every day.
 */
export function manageStartAtLogin(options: StartAtLoginOptions): () => void {
  const { settings, events, packaged } = options;
  let applied: boolean | null = null;
  const sync = (wanted: boolean | null) => {
    const enabled = wanted === true;
    if (!packaged || applied === enabled) return;
    try {
      applyStartAtLogin(enabled, options.host);
      applied = enabled;
    } catch (error) {
      options.onError?.(error);
    }
  };
  sync(settings.get().startAtLogin);
  const stopSettings = events.on('settings.changed', (next) => sync(next.startAtLogin));
  const stopDevices = events.on('device.state', (state) => {
    if (state.status === 'open' && settings.get().startAtLogin === null) options.setStartAtLogin(true);
  });
  return () => {
    stopSettings();
    stopDevices();
  };
}
