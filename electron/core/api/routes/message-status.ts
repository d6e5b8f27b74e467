// /message-status?id=…: pending, sent, delivered, read, played or failed.
import { messageStatusParams } from '../../../../shared/schemas/message-status';
import { defineEndpoint } from '../rest/endpoint';
import { replies, RestFailure } from '../rest/responses';

export const messageStatusEndpoint = defineEndpoint({
  path: '/message-status',
  tag: 'Messages',
  summary: 'Delivery status of a sent message',
  description: 'Looks up a message by the `id` a send endpoint returned.',
  params: messageStatusParams,
  responses: {
    200: {
      description: 'The message and its latest status.',
      example: {
        status: true,
        msg: 'Message found',
        id: '3EB0C767D26A1D7F5C0A',
        message_status: 'delivered',
        number: '628123456789',
        sender: '6281234567890',
        updated_at: '2026-01-01T08:00:05.000Z',
      },
    },
    404: { description: 'No message with this id.', example: { status: false, msg: 'Message not found!' } },
  },
  async handle(params, { deps }) {
    const record = await deps.messageStatus?.(params.id);
    if (!record) throw new RestFailure(replies.notFound('Message not found!'));
    return {
      code: 200,
      body: {
        status: true,
        msg: 'Message found',
        id: record.id,
        message_status: record.status,
        number: record.to.replace(/@s\.whatsapp\.net$/, ''),
        sender: record.sender,
        updated_at: record.updatedAt,
      },
    };
  },
});
