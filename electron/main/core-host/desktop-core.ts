// What the desktop shell (electron/main) uses of core. Core runs in its own process (remote-core.ts), so this is
// all main may rely on: contract calls, events, the settings and update status kept current from core's events,
// the REST API's address, and a clean close. An in-process Core satisfies it too (tests that feed core directly).
import type { Settings } from '../../../shared/domain';
import type { ApiStatus } from '../../core/api/listen';
import type { EventBus } from '../../core/events';
import type { Logger } from '../../core/logger';
import type { Rpc } from '../../core/rpc/dispatch';
import type { UpdatesFeature } from '../../core/updates/handlers';

export interface DesktopCore {
  rpc: Pick<Rpc, 'invoke'>;
  events: Pick<EventBus, 'on' | 'onAny'>;
  /** Synchronous: main reads the language and closeToTray while handling a window or tray event. */
  settings: { get(): Settings };
  updates: Pick<UpdatesFeature, 'status' | 'setStatus' | 'setDriver'>;
  api: ApiStatus;
  logger: Logger;
  close(): Promise<void>;
}
