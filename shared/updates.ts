// The updates.* slice of the contract: where the app's self-update stands, "check now", "restart to update".
// Desktop: electron-updater against GitHub releases. Headless: the same releases, only reported.
import { z } from 'zod';

export const updateStateSchema = z.enum([
  'idle',
  'checking',
  'latest',
  /** Found; the desktop app downloads it in the background. */
  'available',
  'downloading',
  /** Downloaded: installed when the app quits (or now, with updates.install, unless a campaign sends). */
  'ready',
  /** Headless: a newer release exists, to download by hand. */
  'newer',
  'error',
  /** A development build or a platform without an updater. */
  'unsupported',
]);
export type UpdateState = z.infer<typeof updateStateSchema>;

export const updateStatusSchema = z.object({
  state: updateStateSchema,
  currentVersion: z.string(),
  /** The version found (available, downloading, ready, newer). */
  version: z.string().nullable(),
  percent: z.number().nullable(),
  message: z.string().nullable(),
  /** Release page, for headless users. */
  url: z.string().nullable(),
  checkedAt: z.number().nullable(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

const noInput = z.object({}).strict().optional();

export const updateMethods = {
  'updates.status': { input: noInput, output: updateStatusSchema },
  /** Checks now; answers when the check is done (a download goes on in the background). */
  'updates.check': { input: noInput, output: updateStatusSchema },
  /** Quits and installs a downloaded update; refused (conflict) while a campaign is sending. */
  'updates.install': { input: noInput, output: z.object({ installing: z.boolean() }) },
} as const;

export const updateEvents = {
  'updates.status': updateStatusSchema,
} as const;
