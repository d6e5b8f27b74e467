// Toasts for the outcome of an action, in the current language.
import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';
import { fieldText, tableText } from '../i18n/validation';
import { errorCodeOf, errorTextOf } from './errors';

/**
 * What went wrong, for the user: core's own reason in the current language when core gave it as a text (its first
 * field's text, as the form would show it, else the error's own), else the generic text of the error's code.
 */
export function describeError(error: unknown): string {
  const text = errorTextOf(error);
  const field = text?.fields && Object.values(text.fields)[0];
  if (field) return fieldText(field);
  if (text) return tableText(text);
  return i18n.t(`errors.${errorCodeOf(error)}`);
}

export function notifyError(error: unknown) {
  console.error(error);
  notifications.show({ color: 'red', title: i18n.t('errors.title'), message: describeError(error) });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'wa', message, autoClose: 2500 });
}
