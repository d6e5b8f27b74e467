// Plain data shapes shared by core, transports and renderer.
import { z } from 'zod';
import { desktopSettingsFields } from './desktop-settings';
import { keyProtectionSchema } from './key-protection';

export const languageSchema = z.enum(['id', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const DEFAULT_API_PORT = 7788;

/** An origin as a browser sends it (https://pos.example.com, http://192.168.1.5:8080): no path; a trailing / is dropped. */
export const corsOriginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((origin) => origin.replace(/\/+$/, ''))
  .pipe(
    z
      .string()
      .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'An origin is http(s)://host[:port], without a path'),
  );

export const settingsSchema = z.object({
  language: languageSchema,
  apiPort: z.number().int().min(1).max(65535),
  defaultRegion: z.string().length(2),
  apiKey: z.string(),
  closeToTray: z.boolean(),
  /** Listen on every network interface (other office PCs can call the API), applied at the next start. */
  listenOnLan: z.boolean(),
  /** Auto-replies answer messages that waited in WhatsApp's offline queue (app off) up to this many hours. */
  offlineReplyMaxHours: z.number().int().min(0).max(720),
  ...desktopSettingsFields,
  /** Web pages (origins like https://pos.example.com) of the user's own that may call the REST API (CORS). */
  corsOrigins: z.array(z.string()),
  /** Media links may point at this computer or the LAN (office servers); link-local/metadata never. */
  allowLocalMediaUrls: z.boolean(),
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

/** How a device sends buttons, templates and lists: native-flow interactive, a poll, or a numbered text menu. */
export const interactiveStyleSchema = z.enum(['interactive', 'poll', 'text']);
export type InteractiveStyle = z.infer<typeof interactiveStyleSchema>;

export const deviceSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  name: z.string(),
  status: deviceStatusSchema,
  webhookUrl: z.string().nullable(),
  /** A webhook answer may send its reply to another number than the chat that triggered it (off by default). */
  webhookRepliesElsewhere: z.boolean(),
  paused: z.boolean(),
  /** Why it is not connected (see shared/disconnect-reasons.ts), null when fine. */
  statusReason: z.string().nullable(),
  waName: z.string().nullable(),
  waPlatform: z.string().nullable(),
  waPictureUrl: z.string().nullable(),
  interactiveStyle: interactiveStyleSchema,
  connectedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Device = z.infer<typeof deviceSchema>;

/** Live state of a device's WhatsApp session (not all of it is stored). */
export const sessionStateSchema = z.object({
  deviceId: z.number().int(),
  status: deviceStatusSchema,
  reason: z.string().nullable(),
  /** QR as a PNG data URL while waiting for a scan. */
  qrDataUrl: z.string().nullable(),
  /** The raw QR string (what the PNG encodes). */
  qr: z.string().nullable(),
  /** 8-character pairing code, shown as ABCD-EFGH, while linking by phone number. */
  pairingCode: z.string().nullable(),
  /** When the next reconnect attempt happens (ms since epoch), while reconnecting. */
  retryAt: z.number().nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  apiUrl: z.string(),
  /** Addresses other computers on the network use, when the API listens on the LAN. */
  apiLanUrls: z.array(z.string()),
  apiListening: z.boolean(),
  apiError: z.string().nullable(),
  mode: z.enum(['desktop', 'headless']),
  /** The headless page asked for a login (it is reachable from the network): the header offers to log out. */
  pageLogin: z.boolean(),
  /** Whether the WhatsApp keys and secrets are sealed, and by what (secrets/keystore.ts). */
  keyProtection: keyProtectionSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;
