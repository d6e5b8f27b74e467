// The words of core's errors that reach a person, by key: one table. Core throws `appError(code, key, params)`
// (electron/core/errors.ts), whose message is the English text below: what the REST API answers and the logs show.
// The key and its params travel with the error over IPC and RPC, and the renderer shows its own language's text
// for the key (renderer/src/i18n/locales/<lang>/errorTexts.ts; English is this table), so no sentence has to be
// recognised again on the other side. Placeholders are i18next's: {{name}}.
import type { RuleText } from './schemas/rules-messages';

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
  // The REST API's answer to invalid parameters (MPWA's words); the fields carry the rules (rules-messages.ts).
  params_invalid: 'Invalid data!',
  // Auto-reply regexes (electron/core/auto-replies/safe-regex.ts).
  pattern_invalid: 'The pattern format is invalid.',
  pattern_unsupported:
    'Auto-reply patterns cannot use backreferences (\\1) or lookaround ((?=, (?!, (?<=, (?<!). Write the pattern without them.',
  // A media link that could not be downloaded (electron/core/messages/fetch-media.ts): {{reason}} is one of the
  // media_reason_* texts, carried as its key.
  media_download_failed: 'The url could not be downloaded: {{reason}}.',
  media_reason_too_large: "the file is larger than {{max}}, WhatsApp's limit for this type",
  media_reason_http: 'the server answered HTTP {{status}}',
  media_reason_empty: 'the file is empty',
  media_reason_redirects: 'more than {{max}} redirects',
  media_reason_redirect_scheme: 'it redirects to a link that is not http(s)',
  media_reason_timeout: 'no complete answer within {{seconds}} seconds',
  media_reason_timeout_ms: 'no complete answer within {{ms}} ms',
  media_reason_address_never:
    'it points to a link-local or cloud metadata address, which is never downloaded',
  media_reason_address_local:
    'it points to this computer or the local network, which Settings do not allow for media links',
  // The network's own code (ENOTFOUND, ECONNREFUSED…), as it is.
  media_reason_other: '{{detail}}',
  // A link or file that is not the media type (electron/core/messages/media-kinds.ts): {{expected}} is one of the
  // media_kind_* texts, {{actual}} a mimetype or media_type_unknown.
  media_web_page_url:
    'The url is a web page (text/html), not {{expected}} file. Use a direct link to the file.',
  media_web_page_file:
    'The file is a web page (text/html), not {{expected}} file. Use a direct link to the file.',
  media_wrong_type_url: 'The url is not {{expected}} file (it is {{actual}}).',
  media_wrong_type_file: 'The file is not {{expected}} file (it is {{actual}}).',
  // The header of a button message, which may be an image or a video.
  media_header_web_page:
    'The url is a web page (text/html), not an image file. Use a direct link to the file or video.',
  media_header_wrong_type: 'The url is not an image file (it is {{actual}}) or video.',
  media_type_unknown: 'of unknown type',
  media_kind_image: 'an image',
  media_kind_video: 'a video',
  media_kind_audio: 'an audio',
  media_kind_pdf: 'a pdf',
  media_kind_xls: 'an xls',
  media_kind_xlsx: 'an xlsx',
  media_kind_doc: 'a doc',
  media_kind_docx: 'a docx',
  media_kind_zip: 'a zip',
  media_not_sticker_url: 'The url is not an image that can be made into a sticker.',
  media_not_sticker_file: 'The file is not an image that can be made into a sticker.',
} as const;

export type ErrorTextKey = keyof typeof errorTexts;
/** Placeholder values: plain values, or a text of the table itself (a reason, a kind name), by key. */
export type ErrorTextParams = { [name: string]: string | number | TextRef };

/** One text of the table with the values of its placeholders. */
export interface TextRef {
  key: ErrorTextKey;
  params?: ErrorTextParams;
}

/** A field's message: a text of the table, or a validation rule (shared/schemas/rules-messages.ts). */
export type FieldText = TextRef | RuleText;

/** Which text of the table an error is, with the values of its placeholders, and the text of each field. */
export interface ErrorText extends TextRef {
  /** The field messages of `details`, by field, worded by the table or by a validation rule. */
  fields?: Record<string, FieldText>;
}

export const isErrorTextKey = (key: unknown): key is ErrorTextKey =>
  typeof key === 'string' && Object.hasOwn(errorTexts, key);

/** The English text of `key` with its placeholders filled (a text given by key in its own words). */
export function fillErrorText(key: ErrorTextKey, params: ErrorTextParams = {}): string {
  return errorTexts[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'object' ? fillErrorText(value.key, value.params) : String(value);
  });
}
