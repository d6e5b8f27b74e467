// /send-message: text.
import { sendMessageParams } from '../../../../shared/schemas/send-message';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
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
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-message'](params)),
});
