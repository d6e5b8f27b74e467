// /send-location: a map pin.
import { sendLocationParams } from '../../../../shared/schemas/send-location';
import { buildLocation } from '../../messages/build-location';
import { deliver, requireConnected } from '../rest/deliver';
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
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    return deliver(deps, log, params, buildLocation(params));
  },
});
