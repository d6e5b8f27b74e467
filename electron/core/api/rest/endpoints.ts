// Every documented endpoint this app serves (generate-qr is the sessions feature's; its schema is shared).
import { checkNumberEndpoint } from '../routes/check-number';
import { deviceInfoEndpoint } from '../routes/device-info';
import { logoutDeviceEndpoint } from '../routes/logout-device';
import { messageStatusEndpoint } from '../routes/message-status';
import { sendButtonEndpoint } from '../routes/send-button';
import { sendContactEndpoint } from '../routes/send-contact';
import { sendListEndpoint } from '../routes/send-list';
import { sendLocationEndpoint } from '../routes/send-location';
import { sendMediaEndpoint } from '../routes/send-media';
import { sendMessageEndpoint } from '../routes/send-message';
import { sendPollEndpoint } from '../routes/send-poll';
import { sendTemplateEndpoint } from '../routes/send-template';
import type { Endpoint } from './endpoint';

export const endpoints: Endpoint[] = [
  sendMessageEndpoint,
  sendMediaEndpoint,
  sendButtonEndpoint,
  sendTemplateEndpoint,
  sendListEndpoint,
  sendPollEndpoint,
  sendLocationEndpoint,
  sendContactEndpoint,
  checkNumberEndpoint,
  deviceInfoEndpoint,
  logoutDeviceEndpoint,
  messageStatusEndpoint,
] as Endpoint[];
