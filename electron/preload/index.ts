// Preload: exposes exactly one object, `window.wasender`, typed by the contract — invoke and subscribe.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, PRELOAD_GLOBAL } from '../../shared/bridge-names';
import type { ContractBridge, ContractResult } from '../../shared/contract';
import type { ContractError, WireError } from '../../shared/errors';

/**
 * contextBridge copies a rejected Error as `new Error(message)` and drops `code` and `details`,
 * so a failed call rejects with a plain object shaped like ContractError (plain objects cross whole).
 * The renderer reads errors by their `code`/`details` fields (renderer/src/client/errors.ts).
 */
function contractFailure({
  code,
  message,
  details,
  text,
}: WireError): Pick<ContractError, 'name' | 'code' | 'message' | 'details' | 'text'> {
  return { name: 'ContractError', code, message, details, text };
}

const bridge = {
  async invoke(method, input) {
    const envelope = (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input)) as ContractResult<never>;
    if (!envelope.ok) throw contractFailure(envelope.error);
    return envelope.result;
  },
  subscribe(event, listener) {
    // One IPC listener per subscription, filtered by name; Electron's event object never reaches the page.
    const onEvent = (_: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, onEvent);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, onEvent);
    };
  },
} satisfies ContractBridge;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, bridge);
