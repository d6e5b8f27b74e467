// GET|POST /message-status?id=…: the delivery state of a message sent earlier.
import { defineParams, type ParamsOf } from './params';
import { requiredText } from './rules';

export const messageStatusParams = defineParams(() => ({
  id: requiredText({
    max: 128,
    description: 'The id returned when the message was sent.',
    example: '3EB0C767D26A1D7F5C0A',
  }),
}));
export type MessageStatusParams = ParamsOf<typeof messageStatusParams>;
