// POST|GET /generate-qr: QR code to link a device (served by the sessions feature).
import { defineParams, type ParamsOf } from './params';
import { phone } from './rules';

export const generateQrParams = defineParams((region) => ({
  device: phone(region, {
    required: true,
    description: 'Number of the device to link.',
    example: '6281234567890',
  }),
}));
export type GenerateQrParams = ParamsOf<typeof generateQrParams>;
