// POST|GET /check-number: is this number on WhatsApp?
import { senderField } from './common';
import { defineParams, type ParamsOf } from './params';
import { recipients } from './rules';

export const checkNumberParams = defineParams((region) => ({
  sender: senderField(region),
  number: recipients(region, {
    allowGroups: false,
    multiple: false,
    description: 'The number to look up.',
    example: '628123456789',
  }),
}));
export type CheckNumberParams = ParamsOf<typeof checkNumberParams>;
