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
import type {
  MessageSender,
  OutgoingContent,
  SendRequest,
  SentMessage,
  StatusAudience,
} from '../messages/sender';
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
  id: string,
  content: RawContent,
  quoted?: WAMessage,
): Promise<WAMessage> {
  const message = content.headerMedia
    ? await withUploadedHeader(content, sock.waUploadToServer)
    : content.message;
  const full = generateWAMessageFromContent(to, message, {
    userJid: sock.user!.id,
    messageId: id,
    ...(quoted ? { quoted } : {}),
  });
  await sock.relayMessage(to, full.message!, {
    messageId: id,
    additionalNodes: content.additionalNodes,
  });
  await sock.upsertMessage(full, 'append');
  return full;
}

/**
 * Baileys' options of a post to status@broadcast (lib/Socket/messages-send.js relayMessage: the audience is
 * `statusJidList` and nothing else; lib/Utils/messages.js puts backgroundColor/font on a text). `broadcast` marks
 * the WAMessage as a broadcast, as Baileys' README shows.
 */
const statusOptions = ({ jidList, backgroundColor, font }: StatusAudience) => ({
  statusJidList: jidList,
  broadcast: true,
  ...(backgroundColor ? { backgroundColor } : {}),
  ...(font !== undefined ? { font } : {}),
});

/** `addressOf` picks the jid to send to (a contact's @lid when known: lid-address.ts). */
export function createWhatsAppSender(
  sessions: SessionRegistry,
  addressOf: (to: string) => string = (to) => to,
): MessageSender {
  const inOrder = createChatQueue();
  return {
    send: (request) =>
      inOrder(`${request.sender}>${request.to}`, () =>
        sendNow(sessions, {
          ...request,
          to: addressOf(request.to),
          // A status audience is addressed like 1:1 sends: by LID where the contact writes to us by LID.
          status: request.status && { ...request.status, jidList: request.status.jidList.map(addressOf) },
        }),
      ),
  };
}

async function sendNow(
  sessions: SessionRegistry,
  { deviceId, to, content, quotedId, status }: SendRequest,
): Promise<SentMessage> {
  const session = sessions.get(deviceId);
  const sock = session.openSocket();
  const quoted: WAMessage | undefined = quotedId
    ? { key: { id: quotedId, remoteJid: to, fromMe: true }, message: { conversation: '' } }
    : undefined;
  // The id is chosen here so a retry receipt that beats the store below waits for it (sent-messages.ts).
  const id = generateMessageIDV2(sock.user?.id);
  const settled = sessions.sent.begin(session.deviceId, id);
  try {
    const sent =
      content.kind === 'content'
        ? await sock.sendMessage(to, content.content, {
            messageId: id,
            ...(quoted ? { quoted } : {}),
            ...(status ? statusOptions(status) : {}),
          })
        : await relayRaw(sock, to, id, content, quoted);
    if (sent?.message) {
      const nodes = content.kind === 'raw' ? content.additionalNodes : undefined;
      sessions.sent.remember(session.deviceId, id, to, sent.message, nodes);
    }
    return { id: sent?.key.id ?? id };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (CONNECTION_GONE.test(message)) throw new AppError('session_not_connected', message);
    throw new AppError('send_failed', message);
  } finally {
    settled();
  }
}
