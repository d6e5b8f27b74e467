// The core process's side of the bridge: starts core from main's options, answers contract calls, forwards every
// core event, and runs the update driver main plugs in (electron-updater lives in main) by asking main.
import { createCore, type Core } from '../../core/app';
import { AppError, toWireError } from '../../core/errors';
import { createLogger } from '../../core/logger';
import type { UpdateDriver } from '../../core/updates/handlers';
import type { FromCore, Port, ToCore } from './protocol';
import { fromWireError } from './wire';

/** Serves core over `port`; returns the clean close, for when the parent goes away without asking. */
export function serveCore(port: Port<ToCore, FromCore>, exit: (code: number) => void): () => Promise<void> {
  let core: Core | null = null;
  let closing: Promise<void> | null = null;
  const driverCalls = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let lastDriverCall = 0;

  /** Runs check/install in main, where the updater is; resolves or throws as the driver there did. */
  const callDriver = (op: 'check' | 'install') =>
    new Promise<void>((resolve, reject) => {
      const id = ++lastDriverCall;
      driverCalls.set(id, { resolve, reject });
      port.post({ type: 'driver.call', id, op });
    });
  const remoteDriver: UpdateDriver = {
    check: () => callDriver('check'),
    install: () => callDriver('install'),
  };

  async function start(options: Extract<ToCore, { type: 'start' }>['options']) {
    const { logLevel, dataKeys, ...coreOptions } = options;
    try {
      core = await createCore({
        ...coreOptions,
        // A Buffer crosses a structured-clone port as a plain Uint8Array.
        dataKeys: dataKeys && {
          ...dataKeys,
          key: Buffer.from(dataKeys.key),
          olderKeys: dataKeys.olderKeys.map((key) => Buffer.from(key)),
        },
        logger: createLogger(logLevel),
      });
    } catch (error) {
      port.post({ type: 'failed', message: (error as Error).stack ?? String(error) });
      exit(1);
      return;
    }
    core.events.onAny((event, payload) => port.post({ type: 'event', event, payload }));
    port.post({
      type: 'ready',
      api: core.api,
      settings: core.settings.get(),
      updates: core.updates.status(),
    });
  }

  async function invoke(id: number, method: Extract<ToCore, { type: 'invoke' }>['method'], input: unknown) {
    try {
      if (!core || closing) throw new AppError('internal', 'Core is not running');
      port.post({ type: 'result', id, ok: true, result: await core.rpc.invoke(method, input) });
    } catch (error) {
      const wire = toWireError(error);
      // The wire hides what an internal error was; this process's log keeps it.
      if (wire.code === 'internal') core?.logger.error({ err: error, method }, 'contract call failed');
      port.post({ type: 'result', id, ok: false, error: wire });
    }
  }

  async function close() {
    closing ??= (core?.close() ?? Promise.resolve()).catch((error: unknown) =>
      core?.logger.error({ err: error }, 'core did not close cleanly'),
    );
    await closing;
    port.post({ type: 'closed' });
    exit(0);
  }

  port.onMessage((message) => {
    switch (message.type) {
      case 'start':
        return void start(message.options);
      case 'invoke':
        return void invoke(message.id, message.method, message.input);
      case 'updates.setStatus':
        return core?.updates.setStatus(message.patch);
      case 'updates.driver':
        return core?.updates.setDriver(message.present ? remoteDriver : null);
      case 'driver.done': {
        const call = driverCalls.get(message.id);
        driverCalls.delete(message.id);
        if (message.error) call?.reject(fromWireError(message.error));
        else call?.resolve();
        return;
      }
      case 'close':
        return void close();
    }
  });
  return close;
}
