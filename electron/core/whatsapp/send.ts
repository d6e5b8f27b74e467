// MessageSender over the live sessions: normal content through sendMessage, interactive protos through
// relayMessage with their extra stanza nodes (and their header media uploaded first).
import {
  generateMessageIDV2,
  generateWAMessageFromContent,
  type WAMessage,
  type WASocket,
} from '@whiskeysockets/baileys';
import { AppError } from '../errors';
import { withUploadedHeader } from '../messages/header-media';
import type { MessageSender, OutgoingContent, SendRequest, SentMessage } from '../messages/sender';
import { createChatQueue } from './chat-queue';
import type { SessionRegistry } from './session-registry';

const CONNECTION_GONE = /Connection Closed|Connection was lost|Timed Out|not open/i;

type RawContent = Extract<OutgoingContent, { kind: 'raw' }>;

/**
 * relayMessage, unlike sendMessage, does not announce the sent message; upserting it like sendMessage
 * does lets the inbox, /message-status and receipts treat interactive messages like any other.
 */
async function relayRaw(
  sock: WASocket,
  to: string,
  content: RawContent,
  quoted?: WAMessage,
): Promise<string> {
  const message = content.headerMedia
    ? await withUploadedHeader(content, sock.waUploadToServer)
    : content.message;
  const full = generateWAMessageFromContent(to, message, {
    userJid: sock.user!.id,
    messageId: generateMessageIDV2(sock.user?.id),
    ...(quoted ? { quoted } : {}),
  });
  await sock.relayMessage(to, full.message!, {
    messageId: full.key.id!,
    additionalNodes: content.additionalNodes,
  });
  await sock.upsertMessage(full, 'append');
  return full.key.id!;
}

export function createWhatsAppSender(sessions: SessionRegistry): MessageSender {
  const inOrder = createChatQueue();
  return {
    send: (request) => inOrder(`${request.sender}>${request.to}`, () => sendNow(sessions, request)),
  };
}

async function sendNow(
  sessions: SessionRegistry,
  { sender, to, content, quotedId }: SendRequest,
): Promise<SentMessage> {
  const sock = sessions.byNumber(sender).openSocket();
  const quoted: WAMessage | undefined = quotedId
    ? { key: { id: quotedId, remoteJid: to, fromMe: true }, message: { conversation: '' } }
    : undefined;
  try {
    if (content.kind === 'content') {
      const sent = await sock.sendMessage(to, content.content, quoted ? { quoted } : {});
      return { id: sent?.key.id ?? '' };
    }
    return { id: await relayRaw(sock, to, content, quoted) };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (CONNECTION_GONE.test(message)) throw new AppError('session_not_connected', message);
    throw new AppError('send_failed', message);
  }
}
