// POST|GET /send-list: a list menu of up to 10 options behind a button.
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { optionalText, requiredText, stringList } from './rules';
import { MAX_TEXT } from './send-message';

export const MAX_LIST_ITEMS = 10;

export const sendListParams = defineParams((region) => ({
  ...sendFields(region),
  title: requiredText({ max: 1024, description: 'Header of the list menu.', example: 'Menu Layanan' }),
  name: requiredText({
    max: 1024,
    description: 'Name (label) of the list section.',
    example: 'Pilih Layanan',
  }),
  message: requiredText({
    max: MAX_TEXT,
    description: 'Body text above the list.',
    example: 'Silahkan pilih menu di bawah ini:',
  }),
  buttontext: requiredText({
    max: 256,
    description: 'Label of the button that opens the list.',
    example: 'Lihat Menu',
  }),
  list: stringList({
    required: true,
    max: MAX_LIST_ITEMS,
    itemMax: 256,
    description: 'Options, at most 10.',
    example: ['Layanan A', 'Layanan B', 'Layanan C'],
  }),
  footer: optionalText({ max: 1024, description: 'Footer text.', example: 'Wasender Powered' }),
  ...sendExtras(),
}));
export type SendListParams = ParamsOf<typeof sendListParams>;
