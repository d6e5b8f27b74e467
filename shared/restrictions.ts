// Shapes of what WhatsApp restricts on a number (core → renderer, webhooks, /device-info).
import { z } from 'zod';

/** WhatsApp's new-chat cap stages (Baileys rc14 NewChatMessageCappingStatusType). */
export const capStages = ['NONE', 'FIRST_WARNING', 'SECOND_WARNING', 'CAPPED'] as const;
export const capStageSchema = z.enum(capStages);
export type CapStage = z.infer<typeof capStageSchema>;

/** good: nothing known; warning: a cap warning; restricted: timelocked or capped (no new chats). */
export const restrictionHealthSchema = z.enum(['good', 'warning', 'restricted']);
export type RestrictionHealth = z.infer<typeof restrictionHealthSchema>;

export const deviceRestrictionSchema = z.object({
  deviceId: z.number().int(),
  /** ms since epoch when the timelock lifts, null when there is none now. */
  timelockUntil: z.number().nullable(),
  /** When campaigns of this number start new chats again (the lift plus a safety margin), null when not waiting. */
  resumeAt: z.number().nullable(),
  enforcementType: z.string().nullable(),
  capStage: capStageSchema,
  /** The new-chat quota WhatsApp reported for this cycle (null = unknown, -1 = no cap) and how much is used. */
  capTotal: z.number().int().nullable(),
  capUsed: z.number().int().nullable(),
  /** New chats this app started on this number today (local day). */
  newChatsToday: z.number().int(),
  health: restrictionHealthSchema,
});
export type DeviceRestriction = z.infer<typeof deviceRestrictionSchema>;
