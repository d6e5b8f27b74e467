// /message-status?id=…: pending, sent, delivered, read, played or failed — from the inbox's stored messages,
// which delivery receipts keep up to date.
import { messageStatusParams } from '../../../../shared/schemas/message-status';
import { listDevices } from '../../devices/queries';
import { findChat, findMessageByWaId } from '../../messages/inbox-queries';
import { defineEndpoint } from '../rest/endpoint';
import { replies, RestFailure } from '../rest/responses';

export const messageStatusEndpoint = defineEndpoint({
  path: '/message-status',
  tag: 'Messages',
  summary: 'Delivery status of a sent message',
  description:
    'Looks up a message by the `id` a send endpoint returned: pending, sent, delivered, read, played or failed.',
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
        timestamp: '2026-01-01T08:00:00.000Z',
      },
    },
    404: {
      description: 'No sent message with this id.',
      example: { status: false, msg: 'Message not found!' },
    },
  },
  async handle(params, { deps }) {
    for (const device of listDevices(deps.db)) {
      const row = findMessageByWaId(deps.db, device.id, params.id);
      if (!row?.fromMe) continue;
      const chat = findChat(deps.db, row.chatId);
      return {
        code: 200,
        body: {
          status: true,
          msg: 'Message found',
          id: row.waId,
          message_status: row.status ?? 'pending',
          number: chat?.jid.replace(/@s\.whatsapp\.net$/, '') ?? null,
          sender: device.number,
          timestamp: new Date(row.ts).toISOString(),
        },
      };
    }
    throw new RestFailure(replies.notFound('Message not found!'));
  },
});
