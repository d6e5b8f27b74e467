// /send-template: call and link buttons (or, as fallback, the numbers and links as text).
import { sendTemplateParams } from '../../../../shared/schemas/send-template';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendTemplateEndpoint = defineEndpoint({
  path: '/send-template',
  tag: 'Send',
  summary: 'Send a message with up to 3 call / link buttons',
  description:
    'Each `template` item is `call|Label|number` or `url|Label|link` (a link without scheme gets https://). ' +
    '`url` adds a header image.',
  params: sendTemplateParams,
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-template'](params)),
});
