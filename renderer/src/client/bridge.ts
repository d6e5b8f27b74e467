// Picks the transport: the preload's IPC bridge inside Electron, HTTP+WebSocket in a browser (headless).
import { PRELOAD_GLOBAL, type ContractBridge } from '../../../shared/contract';
import { createHttpBridge } from './http-bridge';

const TOKEN_META = 'wasender-rpc-token';

function pickBridge(): ContractBridge {
  const fromPreload = (window as unknown as Record<string, ContractBridge | undefined>)[PRELOAD_GLOBAL];
  if (fromPreload) return fromPreload;
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  return createHttpBridge({ baseUrl: window.location.origin, token });
}

export const bridge: ContractBridge = pickBridge();
