// Names of the preload's global and its IPC channels. No imports: the sandboxed preload bundles this file alone.
export const PRELOAD_GLOBAL = 'wasender';
export const IPC_INVOKE_CHANNEL = 'contract:invoke';
export const IPC_EVENT_CHANNEL = 'contract:event';

/** Headless transport: the per-run token sits in this meta tag of the served page and goes back in this header. */
export const RPC_TOKEN_META = 'wasender-rpc-token';
export const RPC_TOKEN_HEADER = 'x-wasender-token';
