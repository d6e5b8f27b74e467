// Example bodies reused in the endpoints' OpenAPI responses.
import type { ResponseDoc } from './endpoint';

export const sendResponses: Record<number, ResponseDoc> = {
  200: {
    description:
      'Sent. `id` (also `message_id` and `data.id`) is the WhatsApp message id; with several recipients, `results` lists each. ' +
      "With `full=1`, `data` also carries MPWA's send result (`data.key.id`, `data.key.remoteJid`, `data.key.fromMe`, `data.messageTimestamp`, `data.status`).",
    example: {
      status: true,
      msg: 'Message sent successfully!',
      id: '3EB0C767D26A1D7F5C0A',
      message_id: '3EB0C767D26A1D7F5C0A',
      data: { id: '3EB0C767D26A1D7F5C0A' },
    },
    examples: {
      'full=1': {
        status: true,
        msg: 'Message sent successfully!',
        id: '3EB0C767D26A1D7F5C0A',
        message_id: '3EB0C767D26A1D7F5C0A',
        data: {
          id: '3EB0C767D26A1D7F5C0A',
          message_id: '3EB0C767D26A1D7F5C0A',
          key: { id: '3EB0C767D26A1D7F5C0A', remoteJid: '628123456789@s.whatsapp.net', fromMe: true },
          messageTimestamp: 1767254400,
          status: 1,
        },
      },
    },
  },
  404: {
    description: 'The sender is not a device of this app.',
    example: { status: false, msg: 'Failed to send message!', errors: 'Failed to access whatsapp server' },
  },
  409: {
    description: 'A request with the same ref is still being processed.',
    example: { status: false, msg: 'A request with this ref is still being processed.' },
  },
  502: {
    description:
      'WhatsApp refused the message, or a safety limit of the number was reached; `errors` gives the reason when known. ' +
      'With several recipients, `results` lists each.',
    example: {
      status: false,
      msg: 'Message failed to send!',
      errors: 'Safety limit of this number (hourly limit): sending again after 2026-01-01T09:00:00.000Z.',
    },
  },
  429: {
    description:
      'WhatsApp keeps this number from starting new chats for now (the reach-out timelock after error 463, or the ' +
      'new-chat cap reached): nothing was sent. `Retry-After` gives the seconds until new chats may start again and ' +
      '`errors` the reason; chats that already exist (the person wrote to this number before) still go out. ' +
      'Sending more makes the restriction worse. (Also answered after too many wrong API keys within a minute.)',
    example: {
      status: false,
      msg: 'Message failed to send!',
      errors:
        'This number is temporarily blocked by WhatsApp from starting new chats until 14:30. Sending more makes it worse.',
    },
  },
  503: {
    description: "The sender's WhatsApp connection is not open (not scanned, reconnecting, or logged out).",
    example: { status: false, msg: 'Failed to send message!', errors: 'Failed to access whatsapp server' },
  },
};
