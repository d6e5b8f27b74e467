// Every documented endpoint this app serves.
import { checkNumberEndpoint } from '../routes/check-number';
import { deviceInfoEndpoint } from '../routes/device-info';
import {
  createGroupEndpoint,
  groupInfoEndpoint,
  groupInviteEndpoint,
  groupParticipantsEndpoint,
  groupsEndpoint,
} from '../routes/groups';
import { generateQrEndpoint } from '../routes/generate-qr';
import { infoDevicesEndpoint } from '../routes/info-devices';
import { logoutDeviceEndpoint } from '../routes/logout-device';
import { messageStatusEndpoint } from '../routes/message-status';
import { sendButtonEndpoint } from '../routes/send-button';
import { sendContactEndpoint, sendVcardEndpoint } from '../routes/send-contact';
import { sendListEndpoint } from '../routes/send-list';
import { sendLocationEndpoint } from '../routes/send-location';
import { sendMediaEndpoint } from '../routes/send-media';
import { sendMessageEndpoint } from '../routes/send-message';
import { sendPollEndpoint } from '../routes/send-poll';
import { sendStickerEndpoint } from '../routes/send-sticker';
import { sendStatusEndpoint } from '../routes/send-status';
import { sendTemplateEndpoint } from '../routes/send-template';
import type { Endpoint } from './endpoint';

export const endpoints: Endpoint[] = [
  sendMessageEndpoint,
  sendMediaEndpoint,
  sendStickerEndpoint,
  sendButtonEndpoint,
  sendTemplateEndpoint,
  sendListEndpoint,
  sendPollEndpoint,
  sendLocationEndpoint,
  sendContactEndpoint,
  sendVcardEndpoint,
  sendStatusEndpoint,
  checkNumberEndpoint,
  deviceInfoEndpoint,
  infoDevicesEndpoint,
  generateQrEndpoint,
  logoutDeviceEndpoint,
  messageStatusEndpoint,
  groupsEndpoint,
  groupInfoEndpoint,
  createGroupEndpoint,
  groupParticipantsEndpoint,
  groupInviteEndpoint,
] as Endpoint[];
