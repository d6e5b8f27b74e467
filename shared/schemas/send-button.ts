// POST|GET /send-button: text with up to 5 quick-reply buttons, optional header image or video.
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { buttonList } from './button-objects';
import { optionalText, requiredText, url } from './rules';
import { MAX_TEXT } from './send-message';

export { MAX_BUTTONS } from './button-objects';

export const sendButtonParams = defineParams((region) => ({
  ...sendFields(region),
  message: requiredText({ max: MAX_TEXT, description: 'Body text.', example: 'Silahkan pilih opsi:' }),
  button: buttonList(region, {
    description:
      'At most 5 buttons: labels (quick reply), or MPWA v6+ objects {type: reply|call|url|copy, displayText, ' +
      'phoneNumber (call), url (url), copyCode or copyText (copy)}, mixed freely; as JSON, PHP brackets ' +
      '(button[0][type]=reply&button[0][displayText]=Ya) or one JSON object per repeated key.',
    example: ['Pilihan 1', 'Pilihan 2'],
  }),
  footer: optionalText({
    max: 1024,
    description: 'Small text under the message.',
    example: 'Wasender Powered',
  }),
  url: url({ required: false, description: 'Header image or video link (MPWA also calls it `image`).' }),
  ...sendExtras(),
}));
export type SendButtonParams = ParamsOf<typeof sendButtonParams>;
