// POST|GET /send-poll: a WhatsApp poll (renders on every client).
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { optionalInteger, requiredText, stringList } from './rules';

/** WhatsApp shows at most 12 options; it also needs them unique (votes are hashes of the text). */
export const MAX_POLL_OPTIONS = 12;

export const sendPollParams = defineParams((region) => ({
  ...sendFields(region),
  name: requiredText({ max: 255, description: 'The question.', example: 'Jam berapa Anda datang?' }),
  option: stringList({
    required: true,
    min: 2,
    max: MAX_POLL_OPTIONS,
    distinct: true,
    itemMax: 100,
    description: 'Answers, 2 to 12, all different.',
    example: ['Pagi', 'Siang', 'Sore'],
  }),
  countable: optionalInteger(0, MAX_POLL_OPTIONS, {
    description:
      'How many answers one voter may pick: 1 (default) = single choice, 0 = any number. MPWA\'s "1"/"0" ' +
      'mean the same; true/false are read as 1/0.',
    example: 1,
    booleansAs: { true: 1, false: 0 },
  }),
  ...sendExtras(),
}));
export type SendPollParams = ParamsOf<typeof sendPollParams>;
