// The status.* slice of the contract (spread into shared/contract.ts): posting to a number's WhatsApp Status and
// what came back (delivered to, viewed by).
import { z } from 'zod';
import { composeFileSchema } from './compose-contract';
import { statusTypes } from './schemas/send-status';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const deviceId = z.number().int().positive();

export const statusViewerSchema = z.object({
  /** Digits with country code (or the contact's LID when WhatsApp gave no number). */
  phone: z.string(),
  /** The inbox's name for that number, when it has one. */
  name: z.string().nullable(),
  deliveredAt: z.number().nullable(),
  viewedAt: z.number().nullable(),
});
export type StatusViewer = z.infer<typeof statusViewerSchema>;

export const statusPostSchema = z.object({
  id: z.number().int(),
  deviceId: z.number().int(),
  /** WhatsApp's message id of the post. */
  waId: z.string().nullable(),
  type: z.enum(statusTypes),
  /** The text, or the caption of an image/video. */
  text: z.string(),
  backgroundColor: z.string().nullable(),
  font: z.number().int().nullable(),
  /** How many contacts it was posted to. */
  audience: z.number().int(),
  delivered: z.number().int(),
  /** Who viewed it (read receipts on the post), latest first. */
  viewers: z.array(statusViewerSchema),
  campaignId: z.number().int().nullable(),
  /** WhatsApp refused it (an error ack): the code. */
  error: z.string().nullable(),
  createdAt: z.number(),
});
export type StatusPost = z.infer<typeof statusPostSchema>;

export const statusMethods = {
  /**
   * Posts like `POST /send-status` with these params (no api_key): the same validation errors (`invalid_input`,
   * details `{field: [Laravel message]}`), `session_not_connected`, `send_failed`.
   */
  'status.post': method(
    z.object({ params: z.record(z.string(), z.unknown()), file: composeFileSchema.optional() }).strict(),
    statusPostSchema,
  ),
  /** The device's latest posts (at most 20) with their viewers. */
  'status.list': method(z.object({ deviceId }).strict(), z.array(statusPostSchema)),
  /** How many contacts "all contacts" (no list given) or a contact list means for this device. */
  'status.audience': method(
    z.object({ deviceId, listId: z.number().int().positive().optional() }).strict(),
    z.object({ count: z.number().int() }),
  ),
} as const;

export const statusEvents = {
  /** A post of this device was made, delivered or viewed. */
  'status.changed': z.object({ deviceId: z.number().int() }),
} as const;
