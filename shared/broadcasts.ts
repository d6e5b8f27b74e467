// Shapes of the broadcast feature shared by core and renderer: contact lists, campaigns, pacing, progress.
import { z } from 'zod';
import { outgoingMediaTypes, outgoingMessageSchema, type OutgoingMessage } from './outgoing-message';

export const invalidReasonSchema = z.enum([
  'missing',
  'scientific',
  'not_a_number',
  'too_short',
  'too_long',
  'invalid_number',
]);

export const contactListSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Variable keys usable as {{key}} besides name and phone. */
  columns: z.array(z.string()),
  source: z.string(),
  createdAt: z.string(),
  contactCount: z.number().int(),
  /** Contacts checked and not on WhatsApp (0 when never checked). */
  notOnWhatsApp: z.number().int(),
  checkedOnWhatsApp: z.number().int(),
});
export type ContactList = z.infer<typeof contactListSchema>;

export const contactSchema = z.object({
  id: z.number().int(),
  rowNo: z.number().int(),
  phone: z.string(),
  name: z.string(),
  vars: z.record(z.string(), z.string()),
  onWhatsApp: z.boolean().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const sheetSummarySchema = z.object({
  name: z.string(),
  columns: z.array(z.string()),
  rowCount: z.number().int(),
  preview: z.array(z.array(z.string())),
  phoneColumn: z.number().int().nullable(),
  nameColumn: z.number().int().nullable(),
});
export type SheetSummary = z.infer<typeof sheetSummarySchema>;

export const importResultSchema = z.object({
  list: contactListSchema,
  imported: z.number().int(),
  invalidCount: z.number().int(),
  duplicateCount: z.number().int(),
  /** The first invalid rows (at most 200) with their reason. */
  invalid: z.array(z.object({ rowNo: z.number().int(), value: z.string(), reason: invalidReasonSchema })),
  duplicates: z.array(z.object({ rowNo: z.number().int(), phone: z.string(), firstRowNo: z.number().int() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24 hours).');

export const pacingSchema = z
  .object({
    minDelaySec: z.number().min(0).max(3600).default(8),
    maxDelaySec: z.number().min(0).max(3600).default(20),
    /** Pause `batchPauseMin` minutes after every `batchSize` messages of a device (0 = never). */
    batchSize: z.number().int().min(0).max(100_000).default(50),
    batchPauseMin: z
      .number()
      .min(0)
      .max(24 * 60)
      .default(5),
    /** Most messages a device sends for this campaign per day (0 = no limit besides the governor). */
    dailyCapPerDevice: z.number().int().min(0).max(100_000).default(300),
    /** Local time of this computer; null = any time. A window may pass midnight (22:00–06:00). */
    window: z
      .object({ start: timeOfDay, end: timeOfDay })
      .nullable()
      .default({ start: '08:00', end: '20:00' }),
    /** Scheduled start, ms since epoch; null = now. */
    startAt: z.number().nullable().default(null),
  })
  .refine((p) => p.maxDelaySec >= p.minDelaySec, {
    message: 'The longest delay must not be shorter than the shortest.',
    path: ['maxDelaySec'],
  });
export type Pacing = z.output<typeof pacingSchema>;

/** Every kind of OutgoingMessage: a campaign sends any message compose can. */
const messageKinds = outgoingMessageSchema.options.map((option) => option.shape.kind.value) as [
  OutgoingMessage['kind'],
  ...OutgoingMessage['kind'][],
];

export const campaignStatusSchema = z.enum(['draft', 'scheduled', 'running', 'paused', 'done', 'cancelled']);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

/** Why a running campaign stopped itself (the UI says it in plain words). */
export const pauseReasonSchema = z.enum(['user', 'rate_limited', 'logged_out', 'device_removed']);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

/** Why a device's share is waiting right now. */
export const waitReasonSchema = z.enum([
  'scheduled',
  'delay',
  'batch_pause',
  'window',
  'daily_cap',
  'hourly_limit',
  'daily_limit',
  'warmup_limit',
  'cooldown',
  'device_offline',
  'device_logged_out',
  /** WhatsApp keeps the number from starting new chats (error 463 / reach-out timelock): until lift + margin. */
  'timelock',
  /** A new-chat cap warning: longer gaps between messages. */
  'cap_warning',
  /** A new-chat cap warning: a lower daily cap. */
  'cap_daily_limit',
]);
export type WaitReason = z.infer<typeof waitReasonSchema>;

export const recipientCountsSchema = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});
export type RecipientCounts = z.infer<typeof recipientCountsSchema>;

export const campaignProgressSchema = z.object({
  campaignId: z.number().int(),
  status: campaignStatusSchema,
  pauseReason: pauseReasonSchema.nullable(),
  counts: recipientCountsSchema,
  /** Estimated ms until the last pending recipient is sent, null when not running. */
  etaMs: z.number().nullable(),
  waiting: z.array(
    z.object({ deviceId: z.number().int(), reason: waitReasonSchema, until: z.number().nullable() }),
  ),
});
export type CampaignProgress = z.infer<typeof campaignProgressSchema>;

export const campaignSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  listId: z.number().int().nullable(),
  listName: z.string().nullable(),
  /** The message (an uploaded file is not repeated here, only its name). */
  content: z.object({
    kind: z.enum(messageKinds),
    text: z.string(),
    mediaType: z.enum(outgoingMediaTypes).nullable(),
    fileName: z.string().nullable(),
  }),
  deviceIds: z.array(z.number().int()),
  pacing: z.custom<Pacing>(),
  status: campaignStatusSchema,
  pauseReason: pauseReasonSchema.nullable(),
  skippedOptOut: z.number().int(),
  createdAt: z.string(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  progress: campaignProgressSchema,
});
export type Campaign = z.infer<typeof campaignSchema>;

export const recipientSchema = z.object({
  id: z.number().int(),
  rowNo: z.number().int(),
  phone: z.string(),
  name: z.string(),
  deviceId: z.number().int(),
  status: z.enum(['pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'skipped']),
  error: z.string().nullable(),
  messageId: z.string().nullable(),
  sentAt: z.number().nullable(),
});
export type Recipient = z.infer<typeof recipientSchema>;

const governorFields = {
  /** Per device, every send counted (campaigns, and API sends of devices that opt in). */
  hourlyCap: z.number().int().min(1).max(100_000),
  dailyCap: z.number().int().min(1).max(1_000_000),
  /** A newly linked number may send `warmupStartCap` on its first day, doubling each day for `warmupDays` days. */
  warmupDays: z.number().int().min(0).max(60),
  warmupStartCap: z.number().int().min(1).max(100_000),
  /** After WhatsApp answers "rate limit" (429), the campaign pauses and the device rests this long. */
  rateLimitPauseMin: z
    .number()
    .min(0)
    .max(24 * 60),
  optOutWords: z.array(z.string().trim().min(1).max(40)).max(50),
  /** Device ids whose REST API sends are counted and limited by the governor too. */
  apiGovernedDeviceIds: z.array(z.number().int()),
};

/** A change of some settings (no defaults here: what is not given stays as it is). */
export const governorPatchSchema = z.object(governorFields).partial().strict();

export const governorSchema = z.object({
  hourlyCap: governorFields.hourlyCap.default(200),
  dailyCap: governorFields.dailyCap.default(1000),
  warmupDays: governorFields.warmupDays.default(5),
  warmupStartCap: governorFields.warmupStartCap.default(50),
  rateLimitPauseMin: governorFields.rateLimitPauseMin.default(30),
  optOutWords: governorFields.optOutWords.default(['STOP', 'BERHENTI', 'UNSUBSCRIBE']),
  apiGovernedDeviceIds: governorFields.apiGovernedDeviceIds.default([]),
});
export type Governor = z.output<typeof governorSchema>;

export const timelinePointSchema = z.object({
  at: z.number(),
  sent: z.number().int(),
  failed: z.number().int(),
});
