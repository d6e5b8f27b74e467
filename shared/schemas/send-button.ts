// POST|GET /send-button: text with up to 5 quick-reply buttons, optional header image or video.
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { optionalText, requiredText, stringList, url } from './rules';
import { MAX_TEXT } from './send-message';

export const MAX_BUTTONS = 5;

export const sendButtonParams = defineParams((region) => ({
  ...sendFields(region),
  message: requiredText({ max: MAX_TEXT, description: 'Body text.', example: 'Silahkan pilih opsi:' }),
  button: stringList({
    required: true,
    max: MAX_BUTTONS,
    itemMax: 256,
    description: 'Button labels (quick reply), at most 5.',
    example: ['Pilihan 1', 'Pilihan 2'],
  }),
  footer: optionalText({
    max: 1024,
    description: 'Small text under the message.',
    example: 'Wasender Powered',
  }),
  url: url({ required: false, description: 'Header image or video link.' }),
  ...sendExtras(),
}));
export type SendButtonParams = ParamsOf<typeof sendButtonParams>;
