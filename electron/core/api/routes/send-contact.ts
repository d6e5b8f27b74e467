// /send-contact: a contact card (vCard).
import { sendContactParams } from '../../../../shared/schemas/send-contact';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
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
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-contact'](params)),
});

/** MPWA's name for the same card, with the same `name` and `phone` (zymzz-id/MPWA routes/api.php). */
export const sendVcardEndpoint = defineEndpoint({
  ...sendContactEndpoint,
  path: '/send-vcard',
  summary: 'Send a contact card (MPWA name of /send-contact)',
  description: 'The same as /send-contact under the path MPWA scripts call: a vCard with `name` and `phone`.',
});
