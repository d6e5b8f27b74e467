// /send-message: text.
import { sendMessageParams } from '../../../../shared/schemas/send-message';
import { buildText } from '../../messages/build-text';
import { deliver, requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendMessageEndpoint = defineEndpoint({
  path: '/send-message',
  tag: 'Send',
  summary: 'Send a text message',
  description:
    'Sends text (WhatsApp formatting such as *bold* and _italic_ is kept) to one or more recipients.',
  params: sendMessageParams,
  idempotent: true,
  responses: sendResponses,
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    return deliver(deps, log, params, buildText(params.message));
  },
});
