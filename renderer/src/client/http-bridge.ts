// Headless transport: contract calls over POST /rpc/:method, events over a WebSocket, both with the page's token.
import { RPC_TOKEN_HEADER } from '../../../shared/bridge-names';
import type { ContractBridge, ContractResult, EventName } from '../../../shared/contract';
import { ContractError } from '../../../shared/errors';

export interface HttpBridgeOptions {
  baseUrl: string;
  token: string;
  /** Browsers have WebSocket; Node 20 tests pass the `ws` package. */
  WebSocketImpl?: typeof WebSocket;
}

export function createHttpBridge({
  baseUrl,
  token,
  WebSocketImpl = globalThis.WebSocket,
}: HttpBridgeOptions) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let closed = false;
  let retryMs = 500;

  const connect = () => {
    const url = `${baseUrl.replace(/^http/, 'ws')}/rpc/events?token=${encodeURIComponent(token)}`;
    socket = new WebSocketImpl(url);
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as { event: string; payload: unknown };
      retryMs = 500;
      // A marker for whoever looks at the page (and the e2e tests): live updates are flowing.
      if (event === 'ready' && typeof document !== 'undefined')
        document.documentElement.dataset.events = 'connected';
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
    // The app may restart under the page (headless server restarted): reconnect with backoff.
    socket.onclose = () => {
      if (closed) return;
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  };

  const bridge: ContractBridge & { close(): void; ready(): Promise<void> } = {
    async invoke(method, input) {
      const response = await fetch(`${baseUrl}/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [RPC_TOKEN_HEADER]: token },
        body: JSON.stringify({ input }),
      });
      const body = (await response.json()) as ContractResult<never>;
      if (!body.ok)
        throw new ContractError(body.error.code, body.error.message, body.error.details, body.error.text);
      return body.result;
    },
    subscribe(event, listener) {
      if (!socket) connect();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    /** Resolves once the event socket is connected (the server sends "ready"). */
    ready() {
      if (!socket) connect();
      return new Promise<void>((resolve) => {
        const set = listeners.get('ready') ?? new Set();
        const once = () => {
          set.delete(once);
          resolve();
        };
        set.add(once);
        listeners.set('ready', set);
      });
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
  return bridge;
}

export type HttpBridge = ReturnType<typeof createHttpBridge>;
export type { EventName };
