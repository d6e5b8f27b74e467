// Preload: exposes exactly one object, `window.wasender`, typed by the contract — invoke and subscribe.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, PRELOAD_GLOBAL } from '../../shared/bridge-names';
import type { ContractBridge, ContractResult } from '../../shared/contract';
import { ContractError } from '../../shared/errors';

const bridge = {
  async invoke(method, input) {
    const envelope = (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input)) as ContractResult<never>;
    if (!envelope.ok)
      throw new ContractError(envelope.error.code, envelope.error.message, envelope.error.details);
    return envelope.result;
  },
  subscribe(event, listener) {
    // One IPC listener per subscription, filtered by name; the event object never reaches the page.
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
