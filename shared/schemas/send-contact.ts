// POST|GET /send-contact: a contact card (vCard).
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { optionalText, phone, requiredText } from './rules';

export const sendContactParams = defineParams((region) => ({
  ...sendFields(region),
  name: requiredText({ max: 256, description: 'Contact name.', example: 'Budi Santoso' }),
  phone: phone(region, {
    required: true,
    description: "Contact's phone number (any notation).",
    example: '081234567890',
  }),
  organization: optionalText({ max: 256, description: 'Company shown on the card.' }),
  ...sendExtras(),
}));
export type SendContactParams = ParamsOf<typeof sendContactParams>;
