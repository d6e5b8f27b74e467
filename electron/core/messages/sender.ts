// The seam between the REST API / compose forms and the WhatsApp sessions that actually send.
import type { AnyMessageContent, BinaryNode, proto } from '@whiskeysockets/baileys';

/** What to send: normal Baileys content, or a raw proto (interactive messages) relayed with extra stanza nodes. */
export type OutgoingContent =
  | { kind: 'content'; content: AnyMessageContent }
  | { kind: 'raw'; message: proto.IMessage; additionalNodes?: BinaryNode[] };

export interface SendRequest {
  /** Linked device's number, digits only (e.g. "6281234567890"). */
  sender: string;
  /** Recipient JID: "628…@s.whatsapp.net" or "…@g.us". */
  to: string;
  content: OutgoingContent;
  /** Message id to quote (reply to). */
  quotedId?: string;
}

export interface SentMessage {
  id: string;
}

/**
 * Throws AppError('session_not_connected') when the device is unknown or not open
 * (REST: "Failed to send message!" / "Failed to access whatsapp server"), and
 * AppError('send_failed') when WhatsApp refused the message (REST: "Message failed to send!").
 */
export interface MessageSender {
  send(request: SendRequest): Promise<SentMessage>;
}
