// Generic error lines by error code (the notification title and the fallback for each code). English.
import type { Shape } from '../../shape';
import type * as id from '../id/errors';

export const errors: Shape<typeof id.errors> = {
  title: 'Something went wrong',
  invalid_input: 'Some of the data is not right yet. Check the highlighted fields.',
  not_found: 'Not found. It may have been deleted already.',
  conflict: 'This already exists.',
  unauthorized: 'Access denied. Reload this page.',
  session_not_connected: 'The device is not connected to WhatsApp yet.',
  send_failed: 'The message could not be sent. Please try again.',
  port_in_use: 'The port is already used by another app.',
  internal: 'Something went wrong. Please try again.',
  network: 'Cannot reach Wasender. Make sure the app is still running.',
};
