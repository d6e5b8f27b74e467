// Updates feature: holds where the self-update stands and runs the driver the shell plugs in
// (electron/main/updater.ts on the desktop, release-check.ts headless). Core itself never downloads anything.
import type { HandlersFor } from '../../../shared/contract';
import type { UpdateStatus } from '../../../shared/updates';
import { appError } from '../errors';
import type { EventBus } from '../events';

export interface UpdateDriver {
  /** Resolves when the check is done; reports progress through the feature's setStatus. */
  check(): Promise<void>;
  /**
   * Quit and install a downloaded update (desktop only); throws AppError('conflict') when it must wait.
   * May be async: on the desktop the driver lives in main, another process than core.
   */
  install?(): void | Promise<void>;
}

export type UpdatesFeature = ReturnType<typeof createUpdatesFeature>;

export function createUpdatesFeature(events: Pick<EventBus, 'emit'>, currentVersion: string) {
  let status: UpdateStatus = {
    state: 'idle',
    currentVersion,
    version: null,
    percent: null,
    message: null,
    url: null,
    checkedAt: null,
  };
  let driver: UpdateDriver | null = null;
  const setStatus = (patch: Partial<Omit<UpdateStatus, 'currentVersion'>>) => {
    status = { ...status, ...patch };
    events.emit('updates.status', status);
  };
  const handlers = {
    'updates.status': () => status,
    'updates.check': async () => {
      if (!driver) setStatus({ state: 'unsupported' });
      else await driver.check();
      return status;
    },
    'updates.install': async () => {
      if (status.state !== 'ready' || !driver?.install) throw appError('conflict', 'update_not_downloaded');
      await driver.install();
      return { installing: true };
    },
  } satisfies HandlersFor<'updates.status' | 'updates.check' | 'updates.install'>;
  return {
    handlers,
    status: () => status,
    setStatus,
    setDriver(next: UpdateDriver | null) {
      driver = next;
    },
  };
}
