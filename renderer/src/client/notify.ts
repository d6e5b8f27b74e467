// Toasts for the outcome of an action, in the current language.
import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';
import { localizeMessage } from '../i18n/validation';
import { errorCodeOf, errorTextOf, fieldErrorsOf } from './errors';

/** Codes whose reason can say what to fix; the others (send_failed, internal, network…) show their generic text. */
const specificCodes = new Set(['invalid_input', 'conflict', 'not_found']);

/**
 * What went wrong, for the user: core's own reason (its first field message, else its message) in the current
 * language when it is one of the texts written for users, else the generic text of the error's code.
 */
export function describeError(error: unknown): string {
  // Worded by core's text table: its key says which text, in the current language.
  // Worded by core's text table: its key says which text, in the current language (a field's text first, as
  // the form would show it).
  const text = errorTextOf(error);
  const field = text?.fields && Object.values(text.fields)[0];
  if (field) return i18n.t(`errorTexts.${field.key}`);
  if (text) return i18n.t(`errorTexts.${text.key}`, text.params ?? {});
  const code = errorCodeOf(error);
  const generic = i18n.t(`errors.${code}`);
  if (!specificCodes.has(code)) return generic;
  const reason = Object.values(fieldErrorsOf(error))[0]?.[0] ?? (error as Error).message;
  if (!reason) return generic;
  // Only reasons written for users (core's own texts, the API's Laravel rules); not e.g. zod's internals.
  const indonesian = localizeMessage(reason, 'id');
  if (indonesian === reason) return generic;
  return i18n.language === 'id' ? indonesian : reason;
}

export function notifyError(error: unknown) {
  console.error(error);
  notifications.show({ color: 'red', title: i18n.t('errors.title'), message: describeError(error) });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'wa', message, autoClose: 2500 });
}
