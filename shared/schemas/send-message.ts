// POST|GET /send-message: a text message (WhatsApp formatting kept as sent).
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { requiredText } from './rules';

/** WhatsApp's own limit for one text message. */
export const MAX_TEXT = 65536;

export const sendMessageParams = defineParams((region) => ({
  ...sendFields(region),
  message: requiredText({
    max: MAX_TEXT,
    description: 'Text to send; WhatsApp formatting (*bold*, _italic_, ~strike~) is kept.',
    example: 'Hello from wasender API!',
  }),
  ...sendExtras(),
}));
export type SendMessageParams = ParamsOf<typeof sendMessageParams>;
