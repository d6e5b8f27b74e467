// Shapes of the inbox, webhooks and auto-replies as they cross the contract.
import { z } from 'zod';

export const inboxChatSchema = z.object({
  id: z.number().int(),
  deviceId: z.number().int(),
  jid: z.string(),
  /** Saved name, pushName or group subject; null → show the number. */
  name: z.string().nullable(),
  /** Phone number (digits) of a direct chat, null for groups and unresolved LIDs. */
  number: z.string().nullable(),
  isGroup: z.boolean(),
  unread: z.number().int(),
  lastAt: z.number(),
  lastMessage: z
    .object({
      body: z.string(),
      type: z.string(),
      fromMe: z.boolean(),
      status: z.string().nullable(),
      deleted: z.boolean(),
      /** Who wrote it (pushName), shown before the text in group chats. */
      senderName: z.string().nullable(),
    })
    .nullable(),
});
export type InboxChat = z.infer<typeof inboxChatSchema>;

export const inboxMessageSchema = z.object({
  id: z.number().int(),
  deviceId: z.number().int(),
  chatId: z.number().int(),
  waId: z.string(),
  fromMe: z.boolean(),
  sender: z.string().nullable(),
  senderName: z.string().nullable(),
  type: z.string(),
  body: z.string(),
  selectedId: z.string().nullable(),
  mimetype: z.string().nullable(),
  fileName: z.string().nullable(),
  /** data: URL of a small preview (image/video/sticker/location), when WhatsApp sent one. */
  thumbnail: z.string().nullable(),
  quotedId: z.string().nullable(),
  /** The stored message this one replies or reacts to (threads only). */
  quoted: z.object({ body: z.string(), type: z.string(), fromMe: z.boolean() }).nullable(),
  /** The file can be opened with inbox.media (documents, images, videos, audio, stickers). */
  hasMedia: z.boolean(),
  /** Outgoing only: pending, sent, delivered, read, played, failed. */
  status: z.string().nullable(),
  edited: z.boolean(),
  deleted: z.boolean(),
  extra: z.record(z.string(), z.unknown()).nullable(),
  /** ms since epoch. */
  timestamp: z.number(),
});
export type InboxMessage = z.infer<typeof inboxMessageSchema>;

export const inboxSearchHitSchema = inboxMessageSchema.extend({
  chatJid: z.string(),
  chatName: z.string().nullable(),
  /** Matched words wrapped in [ ]. */
  snippet: z.string(),
});
export type InboxSearchHit = z.infer<typeof inboxSearchHitSchema>;

export const webhookEventTypes = [
  'message',
  'message_status',
  'device_connection',
  'device_restriction',
  'test',
] as const;
export const webhookSettingsSchema = z.object({
  defaultUrl: z.string().nullable(),
  secret: z.string(),
  /** Optional event types, off by default; incoming messages are always sent. */
  events: z.object({
    messageStatus: z.boolean(),
    deviceConnection: z.boolean(),
    deviceRestriction: z.boolean(),
  }),
  signatureHeader: z.string(),
});
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

export const webhookDeliverySchema = z.object({
  id: z.number().int(),
  deviceId: z.number().int().nullable(),
  event: z.string(),
  url: z.string(),
  /** pending (first try or waiting to retry), running, delivered, failed (gave up). */
  state: z.enum(['pending', 'running', 'delivered', 'failed']),
  attempts: z.number().int(),
  responseCode: z.number().int().nullable(),
  error: z.string().nullable(),
  /** Next try (ms) while pending. */
  nextAttemptAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Short preview of what was sent. */
  summary: z.string(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const autoReplyMatchSchema = z.enum(['exact', 'contains', 'regex']);
export const autoReplyRuleSchema = z.object({
  id: z.number().int(),
  deviceId: z.number().int(),
  match: autoReplyMatchSchema,
  pattern: z.string(),
  caseSensitive: z.boolean(),
  reply: z.string(),
  mediaUrl: z.string().nullable(),
  enabled: z.boolean(),
  position: z.number().int(),
  cooldownSeconds: z.number().int(),
});
export type AutoReplyRule = z.infer<typeof autoReplyRuleSchema>;

/** Editable fields of a rule, without defaults (updates send only what changed). */
export const autoReplyRuleFieldsSchema = z.object({
  deviceId: z.number().int().positive(),
  match: autoReplyMatchSchema,
  pattern: z.string().trim().min(1).max(500),
  caseSensitive: z.boolean(),
  reply: z.string().max(4096),
  mediaUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal(''), z.null()]),
  enabled: z.boolean(),
  cooldownSeconds: z.number().int().min(0).max(86_400),
});

export const autoReplyRuleInputSchema = autoReplyRuleFieldsSchema
  .extend({
    caseSensitive: z.boolean().default(false),
    reply: z.string().max(4096).default(''),
    mediaUrl: autoReplyRuleFieldsSchema.shape.mediaUrl.default(null),
    enabled: z.boolean().default(true),
    cooldownSeconds: z.number().int().min(0).max(86_400).default(60),
  })
  .strict();
