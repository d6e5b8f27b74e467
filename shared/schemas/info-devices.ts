// POST|GET /info-devices: MPWA's list of devices (all, or the one `number`).
import { defineParams, type ParamsOf } from './params';
import { phone } from './rules';

export const infoDevicesParams = defineParams((region) => ({
  number: phone(region, {
    required: false,
    description: 'Only this device (any notation); all devices when absent.',
    example: '6281234567890',
  }),
}));
export type InfoDevicesParams = ParamsOf<typeof infoDevicesParams>;
