// Turns a decrypted proto.Message into the flat record a phone keeps (text, media, buttons, poll, location…).
import { type BinaryNode, proto } from '@whiskeysockets/baileys';

export interface ReceivedMedia {
  kind: 'image' | 'video' | 'audio' | 'document' | 'sticker';
  mimetype?: string;
  fileName?: string;
  /** sha256 (hex) of the decrypted bytes, checked against fileSha256 in the message. */
  sha256?: string;
  sha256Matches?: boolean;
  size?: number;
  data?: Buffer;
  error?: string;
  directPath?: string;
  url?: string;
  mediaKey?: string;
}

export interface ReceivedMessage {
  id: string;
  /** Sender device, PN form (`number:device@s.whatsapp.net`). */
  from: string;
  fromLid?: string;
  /** The chat as the receiving phone sees it: the sender's PN jid, or the group jid. */
  chat: string;
  group?: string;
  /** proto.Message field that carries the content, e.g. `extendedTextMessage`. */
  type: string;
  stanzaType?: string;
  encType?: string;
  text?: string;
  caption?: string;
  media?: ReceivedMedia;
  ptt?: boolean;
  buttons?: { id?: string; text?: string }[];
  list?: {
    title?: string;
    buttonText?: string;
    sections: { title?: string; rows: { id?: string; title?: string }[] }[];
  };
  nativeFlow?: { name?: string; params?: unknown }[];
  poll?: { name: string; options: string[]; selectableCount: number };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  vcards?: string[];
  reply?: { kind: 'button' | 'list' | 'nativeFlow'; id?: string; text?: string; params?: unknown };
  reaction?: { targetId?: string; text: string };
  /** Deletes ("revoke") and edits the sender made to an earlier message. */
  protocol?: { type: string; targetId?: string; editedText?: string };
  quotedId?: string;
  /** Stanza children other than the encryption envelope, e.g. `<biz>`. */
  extraNodes: BinaryNode[];
  message: Record<string, unknown>;
  timestamp: number;
  /** True for copies of the linked device's own sends (deviceSentMessage to the primary phone). */
  fromMe?: boolean;
}

const MEDIA_KINDS: Record<string, ReceivedMedia['kind']> = {
  imageMessage: 'image',
  videoMessage: 'video',
  audioMessage: 'audio',
  documentMessage: 'document',
  stickerMessage: 'sticker',
};
const WRAPPER_KEYS = new Set(['messageContextInfo', 'senderKeyDistributionMessage']);

/** Strips ephemeral/view-once/document-with-caption wrappers. */
export function unwrapMessage(message: proto.IMessage): proto.IMessage {
  let m = message;
  for (let i = 0; i < 5; i++) {
    const inner =
      m.deviceSentMessage?.message ??
      m.ephemeralMessage?.message ??
      m.viewOnceMessage?.message ??
      m.viewOnceMessageV2?.message ??
      m.documentWithCaptionMessage?.message;
    if (!inner) return m;
    m = inner;
  }
  return m;
}

export const contentType = (m: proto.IMessage) =>
  Object.keys(m).find((k) => !WRAPPER_KEYS.has(k) && (m as Record<string, unknown>)[k] != null) ?? 'unknown';

const parseJson = (s?: string | null) => {
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

/** Fills the content fields of a record from a message (media bytes are filled in later by the receiver). */
export function describeContent(
  message: proto.IMessage,
): Omit<ReceivedMessage, 'id' | 'from' | 'chat' | 'extraNodes' | 'timestamp'> {
  const m = unwrapMessage(message);
  const type = contentType(m);
  const body = (m as Record<string, any>)[type] ?? {};
  const out: ReturnType<typeof describeContent> = {
    type,
    message: proto.Message.toObject(
      message instanceof proto.Message ? message : proto.Message.fromObject(message),
      {
        longs: Number,
        enums: String,
        bytes: String,
      },
    ) as Record<string, unknown>,
  };
  const contextInfo = body.contextInfo as proto.IContextInfo | undefined;
  if (contextInfo?.stanzaId) out.quotedId = contextInfo.stanzaId;
  if (type === 'conversation') out.text = m.conversation ?? '';
  if (type === 'extendedTextMessage') out.text = m.extendedTextMessage?.text ?? '';
  if (MEDIA_KINDS[type]) {
    out.caption = body.caption ?? undefined;
    out.ptt = type === 'audioMessage' ? !!body.ptt : undefined;
    out.media = {
      kind: MEDIA_KINDS[type],
      mimetype: body.mimetype ?? undefined,
      fileName: body.fileName ?? undefined,
      directPath: body.directPath ?? undefined,
      url: body.url ?? undefined,
    };
  }
  if (m.buttonsMessage) {
    out.text = m.buttonsMessage.contentText ?? undefined;
    out.buttons = (m.buttonsMessage.buttons ?? []).map((b) => ({
      id: b.buttonId ?? undefined,
      text: b.buttonText?.displayText ?? undefined,
    }));
  }
  if (m.listMessage) {
    out.text = m.listMessage.description ?? undefined;
    out.list = {
      title: m.listMessage.title ?? undefined,
      buttonText: m.listMessage.buttonText ?? undefined,
      sections: (m.listMessage.sections ?? []).map((s) => ({
        title: s.title ?? undefined,
        rows: (s.rows ?? []).map((r) => ({ id: r.rowId ?? undefined, title: r.title ?? undefined })),
      })),
    };
  }
  if (m.interactiveMessage) {
    out.text = m.interactiveMessage.body?.text ?? undefined;
    out.nativeFlow = (m.interactiveMessage.nativeFlowMessage?.buttons ?? []).map((b) => ({
      name: b.name ?? undefined,
      params: parseJson(b.buttonParamsJson),
    }));
  }
  if (m.templateMessage) {
    const t = m.templateMessage.hydratedTemplate ?? m.templateMessage.hydratedFourRowTemplate;
    out.text = t?.hydratedContentText ?? undefined;
    out.buttons = (t?.hydratedButtons ?? []).map((b) => ({
      id: b.quickReplyButton?.id ?? b.urlButton?.url ?? b.callButton?.phoneNumber ?? undefined,
      text:
        b.quickReplyButton?.displayText ?? b.urlButton?.displayText ?? b.callButton?.displayText ?? undefined,
    }));
  }
  const poll = m.pollCreationMessage ?? m.pollCreationMessageV2 ?? m.pollCreationMessageV3;
  if (poll) {
    out.poll = {
      name: poll.name ?? '',
      options: (poll.options ?? []).map((o) => o.optionName ?? ''),
      selectableCount: poll.selectableOptionsCount ?? 0,
    };
  }
  if (m.locationMessage) {
    const l = m.locationMessage;
    out.location = {
      latitude: l.degreesLatitude ?? 0,
      longitude: l.degreesLongitude ?? 0,
      name: l.name ?? undefined,
      address: l.address ?? undefined,
    };
  }
  if (m.contactMessage) out.vcards = [m.contactMessage.vcard ?? ''];
  if (m.contactsArrayMessage) out.vcards = (m.contactsArrayMessage.contacts ?? []).map((c) => c.vcard ?? '');
  if (m.buttonsResponseMessage) {
    out.reply = {
      kind: 'button',
      id: m.buttonsResponseMessage.selectedButtonId ?? undefined,
      text: m.buttonsResponseMessage.selectedDisplayText ?? undefined,
    };
  }
  if (m.listResponseMessage) {
    out.reply = {
      kind: 'list',
      id: m.listResponseMessage.singleSelectReply?.selectedRowId ?? undefined,
      text: m.listResponseMessage.title ?? undefined,
    };
  }
  if (m.reactionMessage)
    out.reaction = { targetId: m.reactionMessage.key?.id ?? undefined, text: m.reactionMessage.text ?? '' };
  if (m.protocolMessage) {
    const edited = m.protocolMessage.editedMessage;
    out.protocol = {
      type: proto.Message.ProtocolMessage.Type[m.protocolMessage.type ?? 0] ?? String(m.protocolMessage.type),
      targetId: m.protocolMessage.key?.id ?? undefined,
      editedText: edited ? (edited.conversation ?? edited.extendedTextMessage?.text ?? undefined) : undefined,
    };
  }
  if (m.interactiveResponseMessage) {
    const flow = m.interactiveResponseMessage.nativeFlowResponseMessage;
    out.reply = {
      kind: 'nativeFlow',
      id: flow?.name ?? undefined,
      text: m.interactiveResponseMessage.body?.text ?? undefined,
      params: parseJson(flow?.paramsJson),
    };
  }
  return out;
}

/** Stanza children that are not part of the Signal envelope (e.g. `<biz>`, `<meta>`). */
export const extraStanzaNodes = (stanza: BinaryNode): BinaryNode[] =>
  Array.isArray(stanza.content)
    ? stanza.content.filter(
        (n) => !['participants', 'enc', 'device-identity', 'tctoken', 'reporting'].includes(n.tag),
      )
    : [];
