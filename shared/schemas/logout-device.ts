// POST|GET /logout-device: unlink a device from WhatsApp (it must scan a new QR afterwards).
import { senderField } from './common';
import { defineParams, type ParamsOf } from './params';

export const logoutDeviceParams = defineParams((region) => ({ sender: senderField(region) }));
export type LogoutDeviceParams = ParamsOf<typeof logoutDeviceParams>;
