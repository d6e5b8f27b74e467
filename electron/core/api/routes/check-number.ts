// /check-number: asks WhatsApp (through the sender's session) whether a number has an account.
import { checkNumberParams } from '../../../../shared/schemas/check-number';
import { requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { replies } from '../rest/responses';

export const checkNumberEndpoint = defineEndpoint({
  path: '/check-number',
  tag: 'Numbers',
  summary: 'Check whether a number is on WhatsApp',
  description: '`status` is true when the number has a WhatsApp account; `jid` is its WhatsApp id.',
  params: checkNumberParams,
  responses: {
    200: {
      description: 'Looked up. `exists` (and `status`) say whether the number is on WhatsApp.',
      example: {
        status: true,
        msg: 'Number is registered on WhatsApp',
        number: '628123456789',
        exists: true,
        jid: '628123456789@s.whatsapp.net',
      },
    },
    404: { description: 'The sender is not a device of this app.', example: replies.noWhatsApp(404).body },
    503: {
      description: "The sender's WhatsApp connection is not open.",
      example: replies.noWhatsApp(503).body,
    },
  },
  async handle(params, { deps }) {
    requireConnected(deps, params.sender);
    const jid = params.number[0];
    const number = jid.replace(/@.*$/, '');
    const socket = deps.sessions.byNumber(params.sender).openSocket();
    const [found] = (await socket.onWhatsApp(jid)) ?? [];
    const exists = Boolean(found?.exists);
    return {
      code: 200,
      body: {
        status: exists,
        msg: exists ? 'Number is registered on WhatsApp' : 'Number is not registered on WhatsApp',
        number,
        exists,
        jid: exists ? (found?.jid ?? jid) : null,
      },
    };
  },
});
