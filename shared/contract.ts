// The one renderer↔core contract: every method (zod input → output) and every event.
// Both transports (Electron IPC, HTTP+WebSocket) and the renderer hooks are driven from these maps.
import { z } from 'zod';
import { broadcastEvents, broadcastMethods } from './broadcasts-contract';
import { desktopSettingsPatchFields } from './desktop-settings';
import { updateEvents, updateMethods } from './updates';
import { composeMethods } from './compose-contract';
import { restrictionEvents, restrictionMethods } from './restrictions-contract';
import { aiEvents, aiMethods } from './ai-contract';
import { statusEvents, statusMethods } from './status-contract';
import { groupsEvents, groupsMethods } from './groups-contract';
import {
  appInfoSchema,
  corsOriginSchema,
  deviceSchema,
  interactiveStyleSchema,
  languageSchema,
  sessionStateSchema,
  settingsSchema,
} from './domain';
import {
  autoReplyRuleFieldsSchema,
  autoReplyRuleInputSchema,
  autoReplyRuleSchema,
  inboxChatSchema,
  inboxMessageSchema,
  inboxSearchHitSchema,
  webhookDeliverySchema,
  webhookSettingsSchema,
} from './inbox';

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
        listenOnLan: z.boolean(),
        offlineReplyMaxHours: z.number().int().min(0).max(720),
        ...desktopSettingsPatchFields,
        corsOrigins: z.array(corsOriginSchema).max(50),
        allowLocalMediaUrls: z.boolean(),
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
    z
      .object({
        id: deviceId,
        url: z.union([z.url({ protocol: /^https?$/ }), z.literal(''), z.null()]),
        /** Let the receiver's answer message other numbers than the triggering chat (kept when absent). */
        repliesElsewhere: z.boolean().optional(),
      })
      .strict(),
    deviceSchema,
  ),
  /** How the device sends buttons, templates and lists (REST and compose alike). */
  'devices.setInteractiveStyle': method(
    z.object({ id: deviceId, style: interactiveStyleSchema }).strict(),
    deviceSchema,
  ),
  'sessions.list': method(noInput, z.array(sessionStateSchema)),
  /** Connect a linked device, or start showing QR codes for an unlinked one. */
  'sessions.connect': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  'sessions.requestPairingCode': method(z.object({ id: deviceId }).strict(), z.object({ code: z.string() })),
  'sessions.pause': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  'sessions.resume': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  'sessions.logout': method(z.object({ id: deviceId }).strict(), sessionStateSchema),
  // Inbox: chats newest first and messages newest first, both paged by an opaque cursor.
  'inbox.chats': method(
    z
      .object({
        deviceId,
        cursor: z.string().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.object({ chats: z.array(inboxChatSchema), nextCursor: z.string().nullable() }),
  ),
  'inbox.messages': method(
    z
      .object({
        chatId: z.number().int().positive(),
        cursor: z.string().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.object({ messages: z.array(inboxMessageSchema), nextCursor: z.string().nullable() }),
  ),
  'inbox.search': method(
    z
      .object({
        query: z.string().trim().min(1).max(200),
        deviceId: deviceId.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.object({ hits: z.array(inboxSearchHitSchema) }),
  ),
  /** A message's file, downloaded and decrypted now (up to 32 MB). */
  'inbox.media': method(
    z.object({ messageId: z.number().int().positive() }).strict(),
    z.object({ dataUrl: z.string(), mimetype: z.string(), fileName: z.string().nullable() }),
  ),
  'inbox.markRead': method(
    z.object({ chatId: z.number().int().positive() }).strict(),
    z.object({ ok: z.boolean() }),
  ),
  'inbox.reply': method(
    z
      .object({
        chatId: z.number().int().positive(),
        text: z.string().max(4096).default(''),
        quotedId: z.string().optional(),
        file: z
          .object({ name: z.string().max(255), mimetype: z.string().max(200), dataBase64: z.string() })
          .optional(),
      })
      .strict(),
    z.object({ id: z.string() }),
  ),
  'webhooks.settings': method(noInput, webhookSettingsSchema),
  'webhooks.setSettings': method(
    z
      .object({
        defaultUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal(''), z.null()]),
        events: z
          .object({
            messageStatus: z.boolean(),
            deviceConnection: z.boolean(),
            deviceRestriction: z.boolean(),
          })
          .partial(),
      })
      .partial()
      .strict(),
    webhookSettingsSchema,
  ),
  'webhooks.regenerateSecret': method(noInput, webhookSettingsSchema),
  'webhooks.deliveries': method(
    z
      .object({
        cursor: z.number().int().optional(),
        limit: z.number().int().min(1).max(200).default(50),
        state: z.enum(['pending', 'running', 'delivered', 'failed']).optional(),
        deviceId: deviceId.optional(),
      })
      .strict(),
    z.object({
      deliveries: z.array(webhookDeliverySchema),
      nextCursor: z.number().nullable(),
      counts: z.object({
        pending: z.number(),
        running: z.number(),
        delivered: z.number(),
        failed: z.number(),
      }),
    }),
  ),
  'webhooks.replay': method(
    z.object({ id: z.number().int().positive() }).strict(),
    z.object({ replayed: z.boolean() }),
  ),
  'webhooks.replayAllFailed': method(noInput, z.object({ replayed: z.number().int() })),
  /** Posts a test event now (not queued) and reports what the receiver answered. */
  'webhooks.sendTest': method(
    z.object({ deviceId: deviceId.optional(), url: z.url({ protocol: /^https?$/ }).optional() }).strict(),
    z.object({
      ok: z.boolean(),
      url: z.string(),
      status: z.number().nullable(),
      error: z.string().nullable(),
      ms: z.number(),
    }),
  ),
  'autoReplies.list': method(z.object({ deviceId }).strict(), z.array(autoReplyRuleSchema)),
  'autoReplies.create': method(autoReplyRuleInputSchema, autoReplyRuleSchema),
  'autoReplies.update': method(
    autoReplyRuleFieldsSchema
      .omit({ deviceId: true })
      .partial()
      .extend({ id: z.number().int().positive() })
      .strict(),
    autoReplyRuleSchema,
  ),
  'autoReplies.remove': method(
    z.object({ id: z.number().int().positive() }).strict(),
    z.object({ removed: z.boolean() }),
  ),
  'autoReplies.reorder': method(
    z.object({ deviceId, ids: z.array(z.number().int().positive()).max(1000) }).strict(),
    z.array(autoReplyRuleSchema),
  ),
  /** Which rule (if any) would answer this text, and with what — nothing is sent. */
  'autoReplies.test': method(
    z.object({ deviceId, text: z.string().max(4096) }).strict(),
    z.object({ rule: autoReplyRuleSchema.nullable(), reply: z.string().nullable() }),
  ),
  ...broadcastMethods,
  ...composeMethods,
  ...restrictionMethods,
  ...statusMethods,
  ...groupsMethods,
  ...updateMethods,
  ...aiMethods,
} as const;

export const events = {
  'devices.changed': z.object({ deviceId: z.number().int().optional() }),
  'settings.changed': settingsSchema,
  'device.state': sessionStateSchema,
  /** A message was stored or changed (new, status, edit, delete) in a chat. */
  'inbox.message': z.object({
    deviceId: z.number().int(),
    chatId: z.number().int(),
    messageId: z.number().int(),
    kind: z.enum(['new', 'update']),
  }),
  /** Webhook deliveries changed (throttled: at most a few per second). */
  'webhooks.deliveries': z.object({}),
  'webhooks.settings': webhookSettingsSchema,
  'autoReplies.changed': z.object({ deviceId: z.number().int() }),
  ...broadcastEvents,
  ...restrictionEvents,
  ...statusEvents,
  ...groupsEvents,
  ...updateEvents,
  ...aiEvents,
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
