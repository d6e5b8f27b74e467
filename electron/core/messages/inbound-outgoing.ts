// Our relayed sends (interactive buttons, lists, templates) never come back through messages.upsert; this
// wrapper stores them as outgoing rows so the inbox shows them and receipts and /message-status find them,
// and remembers every menu's options so typed answers and poll votes map back to them.
import type { WAMessage } from '@whiskeysockets/baileys';
import type { Logger } from '../logger';
import type { SessionRegistry } from '../whatsapp/session-registry';
import type { InboundPipeline } from './inbound-pipeline';
import type { MessageSender } from './sender';

export function recordRelayedSends(
  sender: MessageSender,
  pipeline: InboundPipeline,
  sessions: SessionRegistry,
  logger: Logger,
): MessageSender {
  return {
    async send(request) {
      const sent = await sender.send(request);
      if (request.content.choices?.length) {
        try {
          pipeline.rememberChoices(
            sessions.byNumber(request.sender).deviceId,
            request.to,
            request.content.choices,
          );
        } catch {
          /* the device went away meanwhile */
        }
      }
      if (request.content.kind === 'raw' && sent.id) {
        try {
          const { deviceId } = sessions.byNumber(request.sender);
          const message: WAMessage = {
            key: { remoteJid: request.to, fromMe: true, id: sent.id },
            message: request.content.message,
            messageTimestamp: Math.floor(Date.now() / 1000),
          };
          void pipeline.recordOutgoing(deviceId, message);
        } catch (error) {
          logger.warn({ err: error, id: sent.id }, 'could not store a relayed message in the inbox');
        }
      }
      return sent;
    },
  };
}
