// /send-button: quick-reply buttons (or the device's fallback: a poll or a numbered text menu).
import { sendButtonParams } from '../../../../shared/schemas/send-button';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendButtonEndpoint = defineEndpoint({
  path: '/send-button',
  tag: 'Send',
  summary: 'Send a message with up to 5 buttons',
  description:
    'Quick-reply buttons as a native-flow interactive message. A tap comes back as the button text. ' +
    '`url` adds a header image or video.',
  params: sendButtonParams,
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-button'](params)),
});
