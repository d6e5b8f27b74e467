// /send-poll: a WhatsApp poll.
import { sendPollParams } from '../../../../shared/schemas/send-poll';
import { buildPoll } from '../../messages/build-poll';
import { deliver, requireConnected } from '../rest/deliver';
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
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    const content = buildPoll({
      name: params.name,
      options: params.option,
      selectable: params.countable ?? 1,
    });
    return deliver(deps, log, params, content);
  },
});
