// Shapes of the AI replies feature as they cross the contract: provider presets, settings (the key masked),
// per-device switches and caps, knowledge sheets, per-chat handover state, and why the last call failed.
import { z } from 'zod';

/**
 * OpenAI-compatible endpoints the settings offer; "custom" takes any base URL. `local` ones run on this PC (or
 * the LAN): nothing leaves it. Gemini and Groq document these paths as their OpenAI-compatible APIs.
 */
export const aiPresets = {
  openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', local: false },
  gemini: {
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai/',
    model: 'gemini-2.5-flash',
    local: false,
  },
  groq: { baseUrl: 'https://api.groq.com/openai/v1', model: 'llama-3.1-8b-instant', local: false },
  deepseek: { baseUrl: 'https://api.deepseek.com/v1', model: 'deepseek-chat', local: false },
  ollama: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', local: true },
  lmstudio: { baseUrl: 'http://127.0.0.1:1234/v1', model: 'local-model', local: true },
  custom: { baseUrl: '', model: '', local: false },
} as const;
export const aiPresetSchema = z.enum([
  'openai',
  'gemini',
  'groq',
  'deepseek',
  'ollama',
  'lmstudio',
  'custom',
]);
export type AiPreset = z.infer<typeof aiPresetSchema>;

/** The model writes exactly this (and nothing else) when the facts do not answer the question. */
export const HANDOVER_MARKER = '[[NEEDS_PERSON]]';
/** The question the settings page's test button asks. */
export const AI_TEST_QUESTION = 'Halo, jam buka?';

/** Why a call gave no answer, as a code; the page words it (locales ai.failures.<code>). */
export const aiFailureCodeSchema = z.enum([
  'not_configured',
  'unreachable',
  'timeout',
  'auth',
  'model_not_found',
  'rate_limited',
  'provider_error',
  'bad_answer',
  'daily_cap',
]);
export type AiFailureCode = z.infer<typeof aiFailureCodeSchema>;

export const aiFailureSchema = z.object({
  code: aiFailureCodeSchema,
  /** The technical reason (status, the provider's message), shown small under the plain words. */
  detail: z.string(),
  at: z.number(),
  deviceId: z.number().int().nullable(),
});
export type AiFailure = z.infer<typeof aiFailureSchema>;

export const aiSheetSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  columns: z.array(z.string()),
  rowCount: z.number().int(),
  /** The first rows, to check the import. */
  preview: z.array(z.array(z.string())),
});
export type AiSheet = z.infer<typeof aiSheetSchema>;

export const aiDeviceSchema = z.object({
  deviceId: z.number().int(),
  /** The "AI" rule of the device: answers what no keyword rule answered. */
  enabled: z.boolean(),
  dailyCap: z.number().int(),
  cooldownSeconds: z.number().int(),
  repliesToday: z.number().int(),
});
export type AiDevice = z.infer<typeof aiDeviceSchema>;

export const aiSettingsSchema = z.object({
  preset: aiPresetSchema,
  baseUrl: z.string(),
  model: z.string(),
  /** The key itself never leaves core: only whether one is stored and its last 4 characters. */
  apiKeySet: z.boolean(),
  apiKeyHint: z.string().nullable(),
  facts: z.string(),
  maxTokens: z.number().int(),
  timeoutSeconds: z.number().int(),
  /** A person's send in a chat pauses the AI there for this long. */
  pauseMinutes: z.number().int(),
  lastError: aiFailureSchema.nullable(),
  sheets: z.array(aiSheetSchema),
  devices: z.array(aiDeviceSchema),
});
export type AiSettings = z.infer<typeof aiSettingsSchema>;

export const aiSettingsPatchSchema = z
  .object({
    preset: aiPresetSchema,
    baseUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
    model: z.string().trim().max(200),
    /** '' removes the stored key; absent keeps it. */
    apiKey: z.string().trim().max(500),
    facts: z.string().max(20_000),
    maxTokens: z.number().int().min(16).max(4000),
    timeoutSeconds: z.number().int().min(1).max(120),
    pauseMinutes: z.number().int().min(1).max(10_080),
  })
  .partial()
  .strict();

export const aiChatStateSchema = z.object({
  chatId: z.number().int(),
  /** Set by a person: the AI never answers this chat. */
  aiOff: z.boolean(),
  /** A person wrote here: the AI waits until then (ms since epoch). */
  pausedUntil: z.number().nullable(),
  /** The AI did not know an answer: tagged "needs a person" until someone replies or clears it. */
  needsPerson: z.boolean(),
  /** WhatsApp ids of the messages the AI sent in this chat. */
  aiWaIds: z.array(z.string()),
});
export type AiChatState = z.infer<typeof aiChatStateSchema>;

export const aiAnswerSchema = z.object({
  /** The model's reply; '' when it handed over or failed. */
  text: z.string(),
  handover: z.boolean(),
  failure: aiFailureSchema.nullable(),
  ms: z.number(),
});
export type AiAnswer = z.infer<typeof aiAnswerSchema>;
