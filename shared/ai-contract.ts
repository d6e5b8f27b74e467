// The ai.* slice of the contract (spread into shared/contract.ts): settings, knowledge sheets, device switches,
// per-chat handover state, the test question and the inbox's "suggest a reply".
import { z } from 'zod';
import {
  aiAnswerSchema,
  aiChatStateSchema,
  aiDeviceSchema,
  aiSettingsPatchSchema,
  aiSettingsSchema,
  aiSheetSchema,
} from './ai';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const noInput = z.object({}).strict().optional();
const positive = z.number().int().positive();

export const aiMethods = {
  'ai.settings': method(noInput, aiSettingsSchema),
  'ai.setSettings': method(aiSettingsPatchSchema, aiSettingsSchema),
  'ai.setDevice': method(
    z
      .object({
        deviceId: positive,
        enabled: z.boolean(),
        dailyCap: z.number().int().min(0).max(100_000),
        cooldownSeconds: z.number().int().min(0).max(86_400),
      })
      .partial()
      .required({ deviceId: true })
      .strict(),
    aiDeviceSchema,
  ),
  /** Every sheet of an Excel/CSV file becomes a knowledge sheet (e.g. a price list: product, price, stock). */
  'ai.importSheet': method(
    z.object({ fileName: z.string().max(255), dataBase64: z.string().min(1) }).strict(),
    z.array(aiSheetSchema),
  ),
  'ai.removeSheet': method(z.object({ id: positive }).strict(), z.object({ removed: z.boolean() })),
  /** Asks the saved provider "Halo, jam buka?" (or `question`) with the shop's facts; nothing is sent. */
  'ai.test': method(
    z.object({ question: z.string().trim().min(1).max(1000).optional() }).strict(),
    aiAnswerSchema,
  ),
  /** A reply for a person to edit, from the chat's last messages; nothing is sent. */
  'ai.suggest': method(z.object({ chatId: positive }).strict(), aiAnswerSchema),
  'ai.chat': method(z.object({ chatId: positive }).strict(), aiChatStateSchema),
  /** Chats of a device with an AI state (tagged, paused, AI off). */
  'ai.chats': method(
    z.object({ deviceId: positive }).strict(),
    z.array(aiChatStateSchema.omit({ aiWaIds: true })),
  ),
  'ai.setChat': method(
    z
      .object({ chatId: positive, aiOff: z.boolean(), needsPerson: z.literal(false) })
      .partial()
      .required({ chatId: true })
      .strict(),
    aiChatStateSchema,
  ),
} as const;

export const aiEvents = {
  /** AI settings, a device's switch, a chat's state or a new AI reply changed (ids when it concerns one). */
  'ai.changed': z.object({ deviceId: z.number().int().nullable(), chatId: z.number().int().nullable() }),
  /** The AI did not know: a person should answer this chat (desktop notification). */
  'ai.handover': z.object({
    deviceId: z.number().int(),
    chatId: z.number().int(),
    /** Saved name or pushName, else null. */
    name: z.string().nullable(),
    number: z.string().nullable(),
    question: z.string(),
  }),
} as const;
