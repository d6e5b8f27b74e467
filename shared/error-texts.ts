// The words of core's errors that reach a person, by key: one table. Core throws `appError(code, key, params)`
// (electron/core/errors.ts), whose message is the English text below: what the REST API answers and the logs show.
// The key and its params travel with the error over IPC and RPC, and the renderer shows its own language's text
// for the key (renderer/src/i18n/locales/<lang>/errorTexts.ts; English is this table), so no sentence has to be
// recognised again on the other side. Placeholders are i18next's: {{name}}.
export const errorTexts = {
  campaign_finished: 'This campaign has finished.',
  campaign_cancelled: 'This campaign was cancelled.',
  upload_expired: 'The uploaded file has expired. Choose it again.',
  sheet_missing: 'The file has no sheet named "{{sheet}}".',
  device_already_connected: 'Device already connected!',
  update_blocked_by_campaign:
    'A campaign is sending. The update is installed when you quit, or restart once the campaign is done.',
  update_not_downloaded: 'No downloaded update is waiting to be installed.',
} as const;

export type ErrorTextKey = keyof typeof errorTexts;
export type ErrorTextParams = Record<string, string | number>;

/** Which text of the table an error is, with the values of its placeholders. */
export interface ErrorText {
  key: ErrorTextKey;
  params?: ErrorTextParams;
}

export const isErrorTextKey = (key: unknown): key is ErrorTextKey =>
  typeof key === 'string' && Object.hasOwn(errorTexts, key);

/** The English text of `key` with its placeholders filled. */
export function fillErrorText(key: ErrorTextKey, params: ErrorTextParams = {}): string {
  return errorTexts[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
