// Stand-in for electron-updater's autoUpdater (which needs the Electron binary): checkForUpdates plays the
// events the real one sends for `latestVersion` — checking, then available + progress + downloaded (with
// autoDownload) or not-available; `failWith` plays an error instead.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  latestVersion: string | null = null;
  failWith: Error | null = null;
  checkForUpdates = vi.fn(async () => {
    this.emit('checking-for-update');
    if (this.failWith) {
      this.emit('error', this.failWith);
      throw this.failWith;
    }
    if (!this.latestVersion) {
      this.emit('update-not-available', { version: this.latestVersion });
      return null;
    }
    const info = { version: this.latestVersion };
    this.emit('update-available', info);
    if (this.autoDownload) {
      this.emit('download-progress', { percent: 42.4 });
      this.emit('update-downloaded', info);
    }
    return { updateInfo: info };
  });
  quitAndInstall = vi.fn();
}
