// The seam between the REST API / compose forms and the WhatsApp sessions that actually send.
import type { AnyMessageContent, BinaryNode, proto } from '@whiskeysockets/baileys';

/** What to send: normal Baileys content, or a raw proto (interactive messages) relayed with extra stanza nodes. */
export type OutgoingContent = (
  | { kind: 'content'; content: AnyMessageContent }
  | {
      kind: 'raw';
      message: proto.IMessage;
      additionalNodes?: BinaryNode[];
      /**
       * Header image/video of an interactive message (send-button/send-template `url`). The session uploads it
       * and puts it into the header before relaying: `message = await withUploadedHeader(content,
       * sock.waUploadToServer)` (messages/header-media.ts). Skipped, the message still goes out, without it.
       */
      headerMedia?: { type: 'image' | 'video'; data: Buffer; mimetype: string };
    }
) & {
  /**
   * The options a reply can pick (buttons, list rows, poll answers, numbered menu), so inbound replies —
   * a button tap's id, a list row id, a poll vote, or typing "2" — can be stored/resolved to the option's text.
   * Ids are "1", "2", … in order, the same numbers the text menu asks the user to type.
   */
  choices?: Array<{ id: string; text: string }>;
};

export interface SendRequest {
  /** Linked device's number, digits only (e.g. "6281234567890"). */
  sender: string;
  /**
   * The same device's id, looked up once by messages/send.ts so the transports below (restrictions, safety
   * governor, WhatsApp session) do not each query it again: that was a third of the pipeline's own cost.
   */
  deviceId: number;
  /** Recipient JID: "628…@s.whatsapp.net" or "…@g.us". */
  to: string;
  content: OutgoingContent;
  /** Message id to quote (reply to). */
  quotedId?: string;
  /** Set when `to` is "status@broadcast": a Status post (status/post-status.ts). */
  status?: StatusAudience;
}

/**
 * A Status post's audience and look, which Baileys takes as sendMessage options (`statusJidList`,
 * `backgroundColor`, `font`): WhatsApp shows a status only to the jids listed, so the list is always explicit.
 */
export interface StatusAudience {
  /** Person jids ("628…@s.whatsapp.net"), our own number among them so our phone shows "My status". */
  jidList: string[];
  backgroundColor?: string;
  font?: number;
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

// ── What the REST API (electron/core/api/routes) uses besides send(), and expects from the sessions side ──
// check-number:  sessions.byNumber(sender).openSocket().onWhatsApp(jid)   (throws session_not_connected)
// device-info:   sessions.byNumber(sender).snapshot()                      (plus the devices row)
// logout-device: sessions.byNumber(sender).logout()
// message-status:  the inbox's messages table (findMessageByWaId), which receipts keep up to date.

/** Per device: how buttons, templates and lists go out (interactive native flow, a poll, or a numbered text menu). */
export type { InteractiveStyle } from '../../../shared/domain';
