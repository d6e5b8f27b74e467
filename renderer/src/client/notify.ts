// Toasts for the outcome of an action, in the current language.
import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';
import { errorCodeOf } from './errors';

export function notifyError(error: unknown) {
  console.error(error);
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: i18n.t(`errors.${errorCodeOf(error)}`),
  });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'wa', message, autoClose: 2500 });
}
