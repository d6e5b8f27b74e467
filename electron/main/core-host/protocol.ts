// The messages between the desktop app's main process and the process core runs in (core-process.ts).
// Both sides are structured-clone ports (Electron's utilityProcess, or Node's child_process with
// serialization 'advanced'), so Buffers, Dates and Maps cross as they are.
import type { EventName, MethodName } from '../../../shared/contract';
import type { WireError } from '../../../shared/errors';
import type { UpdateStatus } from '../../../shared/updates';
import type { Settings } from '../../../shared/domain';
import type { CoreOptions } from '../../core/app';
import type { ApiStatus } from '../../core/api/listen';

/** The core options that can cross a process boundary (no logger object: the level instead). */
export type CoreStartOptions = Omit<CoreOptions, 'logger'> & { logLevel: string };

/** Main → core. */
export type ToCore =
  | { type: 'start'; options: CoreStartOptions }
  | { type: 'invoke'; id: number; method: MethodName; input: unknown }
  | { type: 'updates.setStatus'; patch: Partial<Omit<UpdateStatus, 'currentVersion'>> }
  /** Whether main has an update driver; core then asks main to run check/install. */
  | { type: 'updates.driver'; present: boolean }
  | { type: 'driver.done'; id: number; error?: WireError }
  | { type: 'close' };

/** Core → main. */
export type FromCore =
  | { type: 'ready'; api: ApiStatus; settings: Settings; updates: UpdateStatus }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; ok: true; result: unknown }
  | { type: 'result'; id: number; ok: false; error: WireError }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'driver.call'; id: number; op: 'check' | 'install' }
  | { type: 'closed' };

/** One end of the port, whichever process API carries it. */
export interface Port<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
