// /send-contact: a contact card (vCard).
import { sendContactParams } from '../../../../shared/schemas/send-contact';
import { buildContact } from '../../messages/build-contact';
import { deliver, requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendContactEndpoint = defineEndpoint({
  path: '/send-contact',
  tag: 'Send',
  summary: 'Send a contact card',
  description: 'A vCard with `name` and `phone`; the recipient can message or save the contact.',
  params: sendContactParams,
  idempotent: true,
  responses: sendResponses,
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    return deliver(deps, log, params, buildContact(params));
  },
});
