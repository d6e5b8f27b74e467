// A renderer that crashes (or is killed, or runs out of memory) reloads instead of leaving a blank window;
// the reason goes to the log. A page that keeps crashing is left alone after a few tries, so it cannot spin.
import type { BrowserWindow } from 'electron';
import type { Logger } from '../core/logger';

export interface RecoveryOptions {
  logger: Pick<Logger, 'error' | 'warn'>;
  /** Reloads allowed within `windowMs` before giving up. */
  maxReloads?: number;
  windowMs?: number;
  now?: () => number;
}

export function reloadOnCrash(window: BrowserWindow, options: RecoveryOptions): void {
  const maxReloads = options.maxReloads ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const reloads: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    // 'clean-exit' is a normal end (the window is closing), not a crash.
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const at = now();
    while (reloads.length && at - reloads[0] > windowMs) reloads.shift();
    if (reloads.length >= maxReloads) {
      options.logger.error(
        { reason: details.reason, exitCode: details.exitCode },
        `the window crashed ${reloads.length + 1} times within ${windowMs / 1000} s; not reloading again`,
      );
      return;
    }
    reloads.push(at);
    options.logger.error(
      { reason: details.reason, exitCode: details.exitCode },
      'the window crashed; reloading it (the API and sending were not affected)',
    );
    window.webContents.reload();
  });
}
