// Main's side of the bridge to the core process (core-process.ts): contract calls with their answers, core's
// events on a local bus, the settings and update status kept current from those events, main's update driver
// run when core asks, a clean close on quit, and a restart when the process dies on its own.
import type { MethodName } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import type { ApiStatus } from '../../core/api/listen';
import { AppError, toWireError } from '../../core/errors';
import { createEventBus } from '../../core/events';
import type { Logger } from '../../core/logger';
import type { Rpc } from '../../core/rpc/dispatch';
import type { UpdateDriver } from '../../core/updates/handlers';
import type { DesktopCore } from './desktop-core';
import type { CoreStartOptions, FromCore, ToCore } from './protocol';
import { fromWireError } from './wire';

/** The part of Electron's UtilityProcess used here (testing/fake-electron forks a Node child instead). */
export interface CoreChild {
  readonly pid?: number;
  postMessage(message: unknown): void;
  on(event: 'spawn', listener: () => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface CoreProcessOptions {
  spawn: () => CoreChild;
  options: CoreStartOptions;
  logger: Logger;
  /** How long a close may take before the process is stopped (its database is WAL: nothing committed is lost). */
  closeTimeoutMs?: number;
}

export interface RemoteCore extends DesktopCore {
  /** The process core runs in now (a new one after a restart). */
  pid(): number | undefined;
  running(): boolean;
}

/** Restarts within this window beyond MAX_RESTARTS leave core stopped: it would only crash again. */
const RESTART_WINDOW_MS = 60_000;
const MAX_RESTARTS = 3;

type Ready = Extract<FromCore, { type: 'ready' }>;
type Call = { resolve(result: unknown): void; reject(error: Error): void };

export async function startCoreProcess({
  spawn,
  options,
  logger,
  closeTimeoutMs = 15_000,
}: CoreProcessOptions) {
  const events = createEventBus();
  const calls = new Map<number, Call>();
  let lastCall = 0;
  let child!: CoreChild;
  let ready!: Ready;
  let started!: Promise<void>;
  let alive = false;
  let closing = false;
  let driver: UpdateDriver | null = null;
  const restarts: number[] = [];
  const post = (message: ToCore) => child.postMessage(message);

  function onMessage(message: FromCore) {
    if (message.type === 'event') {
      if (message.event === 'settings.changed') ready.settings = message.payload as Settings;
      events.emit(message.event, message.payload as never);
    } else if (message.type === 'result') {
      const call = calls.get(message.id);
      calls.delete(message.id);
      if (message.ok) call?.resolve(message.result);
      else call?.reject(fromWireError(message.error));
    } else if (message.type === 'driver.call') void runDriver(message.id, message.op);
  }

  async function runDriver(id: number, op: 'check' | 'install') {
    try {
      if (op === 'check') await driver?.check();
      else await driver?.install?.();
      post({ type: 'driver.done', id });
    } catch (error) {
      post({ type: 'driver.done', id, error: toWireError(error) });
    }
  }

  function onExit(code: number) {
    alive = false;
    const stopped = new AppError('internal', 'Core stopped');
    calls.forEach((call) => call.reject(stopped));
    calls.clear();
    if (closing) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      logger.error({ code }, `core stopped ${restarts.length} times within a minute; not starting it again`);
      return;
    }
    logger.error({ code }, 'core stopped unexpectedly; starting it again');
    launch().catch((error: unknown) => logger.error({ err: error }, 'core did not start again'));
  }

  function launch(): Promise<void> {
    child = spawn();
    started = new Promise<void>((resolve, reject) => {
      child.on('spawn', () => post({ type: 'start', options }));
      child.on('message', (raw) => {
        const message = raw as FromCore;
        if (message.type === 'ready') {
          ready = message;
          alive = true;
          if (driver) post({ type: 'updates.driver', present: true });
          resolve();
        } else if (message.type === 'failed') reject(new Error(`core did not start: ${message.message}`));
        else onMessage(message);
      });
      child.on('exit', (code) => {
        reject(new Error(`core exited with code ${code} before it was ready`));
        onExit(code);
      });
    });
    return started;
  }

  const invoke = async (method: MethodName, input?: unknown) => {
    await started;
    if (!alive || closing) throw new AppError('internal', 'Core stopped');
    const id = ++lastCall;
    return new Promise((resolve, reject) => {
      calls.set(id, { resolve, reject });
      post({ type: 'invoke', id, method, input });
    });
  };

  function close(): Promise<void> {
    closing = true;
    if (!alive) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        logger.warn(`core did not close within ${closeTimeoutMs} ms; stopping it`);
        child.kill();
      }, closeTimeoutMs);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      post({ type: 'close' });
    });
  }

  await launch();
  const core: RemoteCore = {
    rpc: { invoke: invoke as Rpc['invoke'] },
    events,
    settings: { get: () => ready.settings },
    updates: {
      status: () => ready.updates,
      // Main's copy is written only here: the driver (in main) is what moves the status, and it reads the status
      // right after setting it. Core's echo of each change ('updates.status') arrives later and may be stale.
      setStatus(patch) {
        ready.updates = { ...ready.updates, ...patch };
        if (alive) post({ type: 'updates.setStatus', patch });
      },
      setDriver(next) {
        driver = next;
        if (alive) post({ type: 'updates.driver', present: !!next });
      },
    },
    get api(): ApiStatus {
      return ready.api;
    },
    logger,
    close,
    pid: () => child.pid,
    running: () => alive,
  };
  return core;
}
