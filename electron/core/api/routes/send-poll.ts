// /send-poll: a WhatsApp poll.
import { sendPollParams } from '../../../../shared/schemas/send-poll';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendPollEndpoint = defineEndpoint({
  path: '/send-poll',
  tag: 'Send',
  summary: 'Send a poll',
  description:
    'A question (`name`) with 2–12 different answers (`option`); `countable` answers per voter (0 = any).',
  params: sendPollParams,
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-poll'](params)),
});
