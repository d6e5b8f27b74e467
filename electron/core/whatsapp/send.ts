// MessageSender over the live sessions: normal content through sendMessage, interactive protos through
// relayMessage with their extra stanza nodes.
import { generateMessageIDV2 } from '@whiskeysockets/baileys';
import { AppError } from '../errors';
import type { MessageSender } from '../messages/sender';
import type { SessionRegistry } from './session-registry';

const CONNECTION_GONE = /Connection Closed|Connection was lost|Timed Out|not open/i;

export function createWhatsAppSender(sessions: SessionRegistry): MessageSender {
  return {
    async send({ sender, to, content, quotedId }) {
      const sock = sessions.byNumber(sender).openSocket();
      const quoted = quotedId
        ? { key: { id: quotedId, remoteJid: to, fromMe: true }, message: { conversation: '' } }
        : undefined;
      try {
        if (content.kind === 'content') {
          const sent = await sock.sendMessage(to, content.content, quoted ? { quoted } : {});
          return { id: sent?.key.id ?? '' };
        }
        const messageId = generateMessageIDV2(sock.user?.id);
        await sock.relayMessage(to, content.message, { messageId, additionalNodes: content.additionalNodes });
        return { id: messageId };
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        if (CONNECTION_GONE.test(message)) throw new AppError('session_not_connected', message);
        throw new AppError('send_failed', message);
      }
    },
  };
}
