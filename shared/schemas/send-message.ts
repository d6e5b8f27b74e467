// POST|GET /send-message: a text message (WhatsApp formatting kept as sent).
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { optionalText, requiredText } from './rules';

/** WhatsApp's own limit for one text message. */
export const MAX_TEXT = 65536;

export const sendMessageParams = defineParams((region) => ({
  ...sendFields(region),
  message: requiredText({
    max: MAX_TEXT,
    description: 'Text to send; WhatsApp formatting (*bold*, _italic_, ~strike~) is kept.',
    example: 'Hello from wasender API!',
  }),
  footer: mpwaFooter(),
  ...sendExtras(),
}));
/**
 * MPWA scripts send `footer` on text and media too; a text has no footer in WhatsApp, so it goes under the text
 * as MPWA writes it: "\n\n> _footer_" (zymzz-id/MPWA WhatsappServiceImpl::sendText / sendMedia).
 */
export const mpwaFooter = () =>
  optionalText({
    max: 1024,
    description: 'Added under the text as a quoted italic line ("> _footer_"), as MPWA does.',
  });

/** The text (or caption) with MPWA's footer line under it. */
export const withFooter = (text: string | undefined, footer: string | undefined) =>
  footer ? `${text ? `${text}\n\n` : ''}> _${footer}_` : text;

export type SendMessageParams = ParamsOf<typeof sendMessageParams>;
