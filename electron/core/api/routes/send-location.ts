// /send-location: a map pin.
import { sendLocationParams } from '../../../../shared/schemas/send-location';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendLocationEndpoint = defineEndpoint({
  path: '/send-location',
  tag: 'Send',
  summary: 'Send a location',
  description: 'A pin at `latitude`, `longitude` with an optional place name and address.',
  params: sendLocationParams,
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-location'](params)),
});
