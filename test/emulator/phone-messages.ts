// The protos of what a phone's user does in a chat besides sending media (inbound-content.ts): a text or quoted
// reply, a location, a reaction, an edit or a delete for everyone, and the answers to buttons, lists and native
// flow buttons. Plain builders; Phone (phone.ts) sends them.
import { proto } from '@whiskeysockets/baileys';
import type { ReceivedMessage } from './decode-content.js';

export interface LocationInput {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

export interface ButtonReply {
  id: string;
  text: string;
  quotedId?: string;
}

export interface ListReply {
  rowId: string;
  title: string;
  description?: string;
  quotedId?: string;
}

export interface NativeFlowReply {
  name?: string;
  params: Record<string, unknown>;
  text?: string;
  quotedId?: string;
}

const quoting = (quotedId?: string) => (quotedId ? { stanzaId: quotedId } : undefined);

/** A plain text, or an extended text quoting `quotedId` (sent by `to`'s side). */
export function textMessage(to: string, text: string, quotedId?: string): proto.IMessage {
  return quotedId
    ? { extendedTextMessage: { text, contextInfo: { stanzaId: quotedId, participant: to } } }
    : { conversation: text };
}

export function locationMessage(location: LocationInput): proto.IMessage {
  return {
    locationMessage: {
      degreesLatitude: location.latitude,
      degreesLongitude: location.longitude,
      name: location.name,
      address: location.address,
    },
  };
}

/** A reaction to a message the linked device sent to this phone (empty text removes it). */
export function reactionMessage(target: ReceivedMessage, text: string): proto.IMessage {
  const remoteJid = `${target.from.split(':')[0].split('@')[0]}@s.whatsapp.net`;
  return {
    reactionMessage: {
      key: { remoteJid, fromMe: false, id: target.id },
      text,
      senderTimestampMs: Date.now(),
    },
  };
}

/** MESSAGE_EDIT of a text this phone sent to `to`. */
export function editMessage(to: string, messageId: string, text: string): proto.IMessage {
  return {
    protocolMessage: {
      type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
      key: { remoteJid: to, fromMe: true, id: messageId },
      editedMessage: { conversation: text },
      timestampMs: Date.now(),
    },
  };
}

/** REVOKE (delete for everyone) of a message this phone sent to `to`. */
export function revokeMessage(to: string, messageId: string): proto.IMessage {
  return {
    protocolMessage: {
      type: proto.Message.ProtocolMessage.Type.REVOKE,
      key: { remoteJid: to, fromMe: true, id: messageId },
    },
  };
}

export function buttonReplyMessage(reply: ButtonReply): proto.IMessage {
  return {
    buttonsResponseMessage: {
      selectedButtonId: reply.id,
      selectedDisplayText: reply.text,
      type: proto.Message.ButtonsResponseMessage.Type.DISPLAY_TEXT,
      contextInfo: quoting(reply.quotedId),
    },
  };
}

export function listReplyMessage(reply: ListReply): proto.IMessage {
  return {
    listResponseMessage: {
      title: reply.title,
      description: reply.description,
      listType: proto.Message.ListResponseMessage.ListType.SINGLE_SELECT,
      singleSelectReply: { selectedRowId: reply.rowId },
      contextInfo: quoting(reply.quotedId),
    },
  };
}

/** The answer to an interactiveMessage native flow button (e.g. quick_reply with params {id}). */
export function nativeFlowReplyMessage(reply: NativeFlowReply): proto.IMessage {
  return {
    interactiveResponseMessage: {
      body: {
        text: reply.text ?? '',
        format: proto.Message.InteractiveResponseMessage.Body.Format.DEFAULT,
      },
      nativeFlowResponseMessage: {
        name: reply.name ?? 'quick_reply',
        paramsJson: JSON.stringify(reply.params),
        version: 3,
      },
      contextInfo: quoting(reply.quotedId),
    },
  };
}
