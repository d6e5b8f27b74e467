// Picks the transport: the preload's IPC bridge inside Electron, HTTP+WebSocket in a browser (headless).
import { RPC_TOKEN_META } from '../../../shared/bridge-names';
import { PRELOAD_GLOBAL, type ContractBridge } from '../../../shared/contract';
import { createHttpBridge } from './http-bridge';

/** The headless page's RPC token ('' inside Electron, where the preload bridge needs none). */
export const pageToken = (): string =>
  document.querySelector<HTMLMetaElement>(`meta[name="${RPC_TOKEN_META}"]`)?.content ?? '';

function pickBridge(): ContractBridge {
  const fromPreload = (window as unknown as Record<string, ContractBridge | undefined>)[PRELOAD_GLOBAL];
  if (fromPreload) return fromPreload;
  return createHttpBridge({ baseUrl: window.location.origin, token: pageToken() });
}

export const bridge: ContractBridge = pickBridge();
