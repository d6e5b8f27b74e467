// Settings of the desktop shell (start at login, notifications, keeping the computer awake, updates).
// Spread into settingsSchema (shared/domain.ts) and settings.set (shared/contract.ts); core only stores them,
// electron/main applies them.
import { z } from 'zod';

/** What the app notifies about; each kind has its own switch. */
export const notificationKinds = ['inbox', 'device', 'campaign', 'restriction'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSwitchesSchema = z.object({
  inbox: z.boolean(),
  device: z.boolean(),
  campaign: z.boolean(),
  restriction: z.boolean(),
});
export type NotificationSwitches = z.infer<typeof notificationSwitchesSchema>;

export const desktopSettingsFields = {
  /** Open at login, hidden in the tray. null until decided: the app turns it on when the first device links. */
  startAtLogin: z.boolean().nullable(),
  notifications: notificationSwitchesSchema,
  /** Keep the computer from sleeping while a campaign is sending. */
  keepAwake: z.boolean(),
  /** Check GitHub releases, download in the background, install on quit. */
  autoUpdate: z.boolean(),
};

/** What settings.set accepts for these fields (startAtLogin chosen by the user is never null again). */
export const desktopSettingsPatchFields = {
  startAtLogin: z.boolean(),
  notifications: notificationSwitchesSchema,
  keepAwake: z.boolean(),
  autoUpdate: z.boolean(),
};

export const desktopSettingDefaults = {
  startAtLogin: null,
  notifications: { inbox: true, device: true, campaign: true, restriction: true },
  keepAwake: true,
  autoUpdate: true,
} satisfies { [K in keyof typeof desktopSettingsFields]: z.infer<(typeof desktopSettingsFields)[K]> };
