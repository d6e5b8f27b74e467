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
  pasted_list_empty: 'Type or paste at least one number.',
  media_missing: 'Choose a file or give a link.',
  template_button_invalid: 'A button is not "call|Label|number" or "url|Label|link".',
  template_button_format: 'Write a button as call|Label|number or url|Label|link.',
  sheet_unreadable: 'The file could not be read as a spreadsheet ({{reason}}).',
  sheet_type: 'The file must be an Excel (.xlsx, .xls) or CSV file.',
  phone_column_missing: 'Choose the phone column (and optionally another column for the name).',
  phone_column_field: 'Choose the column with the phone numbers.',
  webhook_url_missing: 'No webhook URL is set.',
  webhook_url_required: 'The url field is required.',
  knowledge_sheet_empty: 'The file has no sheet with a header row and data.',
  ai_chat_missing: 'This chat does not exist.',
  status_no_audience:
    'This number has no contacts in the app yet: give the numbers or choose a contact list.',
  group_not_admin: 'You are not an admin of this group.',
  group_members_missing: 'Give at least one number.',
  phone_invalid: 'The number is not a valid phone number.',
  device_number_added: 'This number is already added.',
  // Laravel's words for the field (the REST API's validation answers read the same).
  device_number_taken: 'The number has already been taken.',
  message_text_required: 'The text field is required.',
  group_unknown: 'This number is not in that group.',
  campaign_status_type: 'Only a text, image or video campaign can also be posted as Status.',
  media_unavailable:
    'This file is no longer available: WhatsApp keeps files for a limited time and the phone could not send it again.',
} as const;

export type ErrorTextKey = keyof typeof errorTexts;
export type ErrorTextParams = Record<string, string | number>;

/** Which text of the table an error is, with the values of its placeholders, and the text of each field. */
export interface ErrorText {
  key: ErrorTextKey;
  params?: ErrorTextParams;
  /** The field messages of `details`, by field, when they are worded by the table too. */
  fields?: Record<string, { key: ErrorTextKey }>;
}

export const isErrorTextKey = (key: unknown): key is ErrorTextKey =>
  typeof key === 'string' && Object.hasOwn(errorTexts, key);

/** The English text of `key` with its placeholders filled. */
export function fillErrorText(key: ErrorTextKey, params: ErrorTextParams = {}): string {
  return errorTexts[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
