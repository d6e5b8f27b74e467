// Plain data shapes shared by core, transports and renderer.
import { z } from 'zod';

export const languageSchema = z.enum(['id', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const DEFAULT_API_PORT = 7788;

export const settingsSchema = z.object({
  language: languageSchema,
  apiPort: z.number().int().min(1).max(65535),
  defaultRegion: z.string().length(2),
  apiKey: z.string(),
  closeToTray: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const deviceStatusSchema = z.enum([
  'idle',
  'connecting',
  'qr',
  'open',
  'reconnecting',
  'paused',
  'logged_out',
  'failed',
]);
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

export const deviceSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  name: z.string(),
  status: deviceStatusSchema,
  webhookUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Device = z.infer<typeof deviceSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  apiUrl: z.string(),
  apiListening: z.boolean(),
  apiError: z.string().nullable(),
  mode: z.enum(['desktop', 'headless']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
