// /send-list: a list menu (single_select), or the device's fallback.
import { sendListParams } from '../../../../shared/schemas/send-list';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendListEndpoint = defineEndpoint({
  path: '/send-list',
  tag: 'Send',
  summary: 'Send a list menu of up to 10 options',
  description:
    'One section named `name` whose rows are the `list` strings (row ids "1", "2", …); `buttontext` opens it. ' +
    'A pick comes back as the row text.',
  params: sendListParams,
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-list'](params)),
});
