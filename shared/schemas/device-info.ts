// POST|GET /device-info: state of a linked device.
import { senderField } from './common';
import { defineParams, type ParamsOf } from './params';

export const deviceInfoParams = defineParams((region) => ({ sender: senderField(region) }));
export type DeviceInfoParams = ParamsOf<typeof deviceInfoParams>;
