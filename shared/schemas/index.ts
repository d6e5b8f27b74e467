// Every REST endpoint's parameter schema by path: the REST API, the compose forms and "copy as code" share them.
import { checkNumberParams } from './check-number';
import { deviceInfoParams } from './device-info';
import { generateQrParams } from './generate-qr';
import { infoDevicesParams } from './info-devices';
import { logoutDeviceParams } from './logout-device';
import { messageStatusParams } from './message-status';
import { sendButtonParams } from './send-button';
import { sendContactParams } from './send-contact';
import { sendListParams } from './send-list';
import { sendLocationParams } from './send-location';
import { sendMediaParams } from './send-media';
import { sendMessageParams } from './send-message';
import { sendPollParams } from './send-poll';
import { sendStickerParams } from './send-sticker';
import { sendStatusParams } from './send-status';
import { sendTemplateParams } from './send-template';

export const restParams = {
  '/send-message': sendMessageParams,
  '/send-media': sendMediaParams,
  '/send-sticker': sendStickerParams,
  '/send-button': sendButtonParams,
  '/send-template': sendTemplateParams,
  '/send-list': sendListParams,
  '/send-poll': sendPollParams,
  '/send-location': sendLocationParams,
  '/send-contact': sendContactParams,
  '/send-vcard': sendContactParams,
  '/send-status': sendStatusParams,
  '/check-number': checkNumberParams,
  '/device-info': deviceInfoParams,
  '/info-devices': infoDevicesParams,
  '/logout-device': logoutDeviceParams,
  '/message-status': messageStatusParams,
  '/generate-qr': generateQrParams,
} as const;
export type RestPath = keyof typeof restParams;

export type { ValidationErrors, ValidationRules, Validation } from './params';
export { exampleParams, snippet, type Language } from './code-snippets';
