// The one renderer↔core contract: every method (zod input → output) and every event.
// Both transports (Electron IPC, HTTP+WebSocket) and the renderer hooks are driven from these maps.
import { z } from 'zod';
import { appInfoSchema, deviceSchema, languageSchema, sessionStateSchema, settingsSchema } from './domain';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const noInput = z.object({}).strict().optional();
const deviceId = z.number().int().positive();

export const methods = {
  'app.info': method(noInput, appInfoSchema),
  'settings.get': method(noInput, settingsSchema),
  'settings.set': method(
    z
      .object({
        language: languageSchema,
        apiPort: z.number().int().min(1024).max(65535),
        defaultRegion: z.string().length(2),
        closeToTray: z.boolean(),
      })
      .partial()
      .strict(),
    settingsSchema,
  ),
  'settings.regenerateApiKey': method(noInput, settingsSchema),
  'devices.list': method(noInput, z.array(deviceSchema)),
  'devices.create': method(
    z.object({ number: z.string().min(1).max(40), name: z.string().trim().max(60).default('') }).strict(),
    deviceSchema,
  ),
  'devices.rename': method(
    z.object({ id: deviceId, name: z.string().trim().max(60) }).strict(),
    deviceSchema,
  ),
  'devices.remove': method(z.object({ id: deviceId }).strict(), z.object({ removed: z.boolean() })),
  'devices.setWebhook': method(
    z.object({ id: deviceId, url: z.union([z.url({ protocol: /^https?$/ }), z.literal(''), z.null()]) }).strict(),
    deviceSchema,
  ),
  'sessions.list': method(noInput, z.array(sessionStateSchema)),
  /** Connect a linked device, or start showing QR codes for an unlinked one. */
  'sessions.connect': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  'sessions.requestPairingCode': method(z.object({ id: deviceId }).strict(), z.object({ code: z.string() })),
  'sessions.pause': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  'sessions.resume': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  'sessions.logout': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
} as const;

export const events = {
  'devices.changed': z.object({ deviceId: z.number().int().optional() }),
  'settings.changed': settingsSchema,
  'device.state': sessionStateSchema,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export type Handler<M extends MethodName> = (
  input: MethodArgs<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;
/** A feature's slice of the contract: `satisfies HandlersFor<'devices.list' | …>`. */
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
export type Handlers = HandlersFor<MethodName>;

/** What both transports offer the renderer (and what the preload exposes). */
export interface ContractBridge {
  invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

/** Name of the object the preload exposes on window, and the IPC channels behind it. */
// (kept in a file without imports so the sandboxed preload does not pull zod in)
export { PRELOAD_GLOBAL, IPC_INVOKE_CHANNEL, IPC_EVENT_CHANNEL } from './bridge-names';

/** Result envelope on both transports: errors travel as data, never as thrown Electron errors. */
export type ContractResult<T> = { ok: true; result: T } | { ok: false; error: import('./errors').WireError };
