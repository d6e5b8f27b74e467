// The wizard's message: the compose page's draft (same fields, same checks, same messages), turned into the
// OutgoingMessage a campaign stores, as compose.send turns it into the message it sends (messageOfParams).
import type { OutgoingMessage } from '../../../../shared/outgoing-message';
import type { ValidationErrors } from '../../../../shared/schemas';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import type { RuleText } from '../../../../shared/schemas/rules-messages';
import { bytesToBase64 } from '../../client/files';
import { emptyDraft, validateDraft, type ComposeDraft } from '../ComposeForm/draft';

export type MessageDraft = Pick<ComposeDraft, 'type' | 'fields' | 'file'>;

export function emptyMessage(): MessageDraft {
  const { type, fields, file } = emptyDraft();
  return { type, fields, file };
}

/** The send schemas ask for a sender and a recipient; a campaign has its own, so any valid number stands in. */
const STAND_IN = '+6281234567890';

export interface CheckedMessage {
  errors: ValidationErrors;
  /** Which rule each field failed, so the field shows it in the app's language (i18n/validation.ts). */
  rules: Record<string, RuleText>;
  /** Set when there are no errors; a picked file still holds its bytes (see forTransport). */
  message?: OutgoingMessage;
}

export function checkMessage(draft: MessageDraft, region: string): CheckedMessage {
  const full: ComposeDraft = { ...draft, deviceId: null, recipients: STAND_IN };
  const { path, errors, rules, data } = validateDraft(full, STAND_IN, region, STAND_IN);
  if (!data) return { errors, rules };
  // Each path's schema produced exactly the params its mapper takes (as in core's compose/handlers.ts).
  return {
    errors,
    rules,
    message: (messageOfParams[path] as (params: never) => OutgoingMessage)(data as never),
  };
}

/** The contract crosses JSON (the browser's HTTP bridge): a file's bytes go as base64. */
export function forTransport(message: OutgoingMessage): OutgoingMessage {
  if ((message.kind !== 'media' && message.kind !== 'sticker') || !message.file || !('data' in message.file))
    return message;
  const { name, mimetype, data } = message.file;
  return { ...message, file: { name, mimetype, dataBase64: bytesToBase64(data) } };
}

/** What a Status can show (status/campaign-status.ts posts the campaign's message once, if asked). */
export const canPostAsStatus = (draft: MessageDraft) =>
  draft.type === 'text' ||
  (draft.type === 'media' && ['image', 'video'].includes(String(draft.fields.media.media_type)));
