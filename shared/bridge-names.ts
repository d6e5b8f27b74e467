// Names of the preload's global and its IPC channels. No imports: the sandboxed preload bundles this file alone.
export const PRELOAD_GLOBAL = 'wasender';
export const IPC_INVOKE_CHANNEL = 'contract:invoke';
export const IPC_EVENT_CHANNEL = 'contract:event';
