// Electron transport of the contract: one ipcMain handler for every method, core events pushed to the window.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  isMethodName,
  type ContractResult,
} from '../../shared/contract';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/logger';
import type { Rpc } from '../core/rpc/dispatch';
import { AppError, toWireError } from '../core/errors';

export interface IpcBindingOptions {
  rpc: Pick<Rpc, 'invoke'>;
  events: Pick<EventBus, 'onAny'>;
  logger?: Pick<Logger, 'error' | 'warn'>;
  /** The contents that receive core events (the main window), or null while there is none. */
  target: () => WebContents | null;
  /** Whether an invoke comes from our own page (see security.ts isTrustedSender). */
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
}

/** Binds the contract; returns a function that unbinds it (used on quit and in tests). */
export function bindContractIpc({ rpc, events, logger, target, isTrusted }: IpcBindingOptions): () => void {
  // The method list comes from the contract map: isMethodName() rejects anything else before dispatch.
  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (event, method: unknown, input: unknown): Promise<ContractResult<unknown>> => {
      try {
        if (!isTrusted(event)) {
          logger?.warn(
            { url: event.senderFrame?.url, method },
            'contract call from an untrusted frame refused',
          );
          throw new AppError('unauthorized', 'This page may not use the app.');
        }
        if (typeof method !== 'string' || !isMethodName(method)) {
          throw new AppError('not_found', `Unknown method ${String(method)}`);
        }
        return { ok: true, result: await rpc.invoke(method, input) };
      } catch (error) {
        const wire = toWireError(error);
        if (wire.code === 'internal') logger?.error({ err: error, method }, 'contract call failed');
        return { ok: false, error: wire };
      }
    },
  );

  const stopForwarding = events.onAny((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event, payload);
  });

  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    stopForwarding();
  };
}
