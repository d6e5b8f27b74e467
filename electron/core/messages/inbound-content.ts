// What a received message says, whatever its kind: type, text shown/sent as `message`, chosen option, media facts.
import { normalizeMessageContent, type proto } from '@whiskeysockets/baileys';

export const inboundTypes = [
  'text',
  'image',
  'video',
  'audio',
  'voice',
  'document',
  'sticker',
  'location',
  'contact',
  'button_reply',
  'list_reply',
  'template_reply',
  'interactive_reply',
  'poll',
  'poll_vote',
  'reaction',
  'interactive',
] as const;
export type InboundType = (typeof inboundTypes)[number];

export interface InboundContent {
  type: InboundType;
  /** Text, caption, chosen option or emoji; '' when the kind has none. */
  body: string;
  /** Id of the chosen button / list row / template button / flow reply. */
  selectedId: string | null;
  mimetype: string | null;
  fileName: string | null;
  thumbnail: Buffer | null;
  /** The message this one replies or reacts to. */
  quotedId: string | null;
  /** Kind-specific facts kept with the row (coordinates, vCard, poll options and secret, …). */
  extra: Record<string, unknown> | null;
}

/** Where a media file lives and the key that decrypts it, kept so the inbox can open it later. */
export interface MediaRef {
  mediaType: 'image' | 'video' | 'audio' | 'document' | 'sticker';
  mediaKey: string;
  directPath: string | null;
  url: string | null;
  fileLength: number;
  /** The message's Baileys key (the pipeline adds it): a re-upload request names the message by it. */
  key?: { remoteJid: string; fromMe: boolean; participant?: string };
}

function mediaRef(
  media: {
    mediaKey?: Uint8Array | null;
    directPath?: string | null;
    url?: string | null;
    fileLength?: unknown;
  },
  type: InboundType,
): MediaRef {
  const mediaType = type === 'voice' ? 'audio' : (type as MediaRef['mediaType']);
  return {
    mediaType,
    mediaKey: Buffer.from(media.mediaKey!).toString('base64'),
    directPath: media.directPath ?? null,
    url: media.url ?? null,
    fileLength: Number(media.fileLength ?? 0),
  };
}

const bytes = (value: Uint8Array | null | undefined): Buffer | null =>
  value?.length ? Buffer.from(value) : null;

function parseFlowParams(json: string | null | undefined): Record<string, unknown> {
  try {
    return JSON.parse(json ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** null: nothing a person wrote (protocol messages, key distribution, receipts of app state) — not stored. */
export function readInboundContent(message: proto.IMessage | null | undefined): InboundContent | null {
  const m = normalizeMessageContent(message);
  if (!m) return null;
  const base = { selectedId: null, mimetype: null, fileName: null, thumbnail: null, extra: null };
  const quotedIdOf = (info: proto.IContextInfo | null | undefined) => info?.stanzaId ?? null;
  if (m.conversation) return { ...base, type: 'text', body: m.conversation, quotedId: null };
  if (m.extendedTextMessage) {
    const t = m.extendedTextMessage;
    return { ...base, type: 'text', body: t.text ?? '', quotedId: quotedIdOf(t.contextInfo) };
  }
  const media = m.imageMessage ?? m.videoMessage ?? m.audioMessage ?? m.documentMessage ?? m.stickerMessage;
  if (media) {
    const type: InboundType = m.imageMessage
      ? 'image'
      : m.videoMessage
        ? 'video'
        : m.audioMessage
          ? m.audioMessage.ptt
            ? 'voice'
            : 'audio'
          : m.documentMessage
            ? 'document'
            : 'sticker';
    const caption = (media as { caption?: string | null }).caption ?? '';
    return {
      type,
      body: caption,
      selectedId: null,
      mimetype: media.mimetype ?? null,
      fileName: m.documentMessage?.fileName ?? null,
      thumbnail: bytes((media as { jpegThumbnail?: Uint8Array | null }).jpegThumbnail),
      quotedId: quotedIdOf(media.contextInfo),
      extra: media.mediaKey ? { media: mediaRef(media, type) } : null,
    };
  }
  const location = m.locationMessage ?? m.liveLocationMessage;
  if (location) {
    const lat = location.degreesLatitude ?? 0;
    const lng = location.degreesLongitude ?? 0;
    const named = m.locationMessage
      ? [m.locationMessage.name, m.locationMessage.address].filter(Boolean).join(', ')
      : '';
    return {
      ...base,
      type: 'location',
      body: named || `${lat},${lng}`,
      thumbnail: bytes(location.jpegThumbnail),
      quotedId: quotedIdOf(location.contextInfo),
      extra: { latitude: lat, longitude: lng },
    };
  }
  if (m.contactMessage || m.contactsArrayMessage) {
    const contacts = m.contactMessage ? [m.contactMessage] : (m.contactsArrayMessage?.contacts ?? []);
    return {
      ...base,
      type: 'contact',
      body: contacts.map((c) => c.displayName ?? '').join(', '),
      quotedId: null,
      extra: { vcards: contacts.map((c) => c.vcard ?? '') },
    };
  }
  if (m.buttonsResponseMessage) {
    const r = m.buttonsResponseMessage;
    return {
      ...base,
      type: 'button_reply',
      body: r.selectedDisplayText ?? '',
      selectedId: r.selectedButtonId ?? null,
      quotedId: quotedIdOf(r.contextInfo),
    };
  }
  if (m.listResponseMessage) {
    const r = m.listResponseMessage;
    return {
      ...base,
      type: 'list_reply',
      body: r.title ?? r.description ?? '',
      selectedId: r.singleSelectReply?.selectedRowId ?? null,
      quotedId: quotedIdOf(r.contextInfo),
    };
  }
  if (m.templateButtonReplyMessage) {
    const r = m.templateButtonReplyMessage;
    return {
      ...base,
      type: 'template_reply',
      body: r.selectedDisplayText ?? '',
      selectedId: r.selectedId ?? null,
      quotedId: quotedIdOf(r.contextInfo),
    };
  }
  if (m.interactiveResponseMessage) {
    const r = m.interactiveResponseMessage;
    const params = parseFlowParams(r.nativeFlowResponseMessage?.paramsJson);
    const shown =
      r.body?.text ||
      (typeof params.display_text === 'string' ? params.display_text : '') ||
      (typeof params.title === 'string' ? params.title : '');
    return {
      ...base,
      type: 'interactive_reply',
      body: shown,
      selectedId: typeof params.id === 'string' ? params.id : null,
      quotedId: quotedIdOf(r.contextInfo),
      extra: { flow: r.nativeFlowResponseMessage?.name ?? null, params },
    };
  }
  const poll = m.pollCreationMessage ?? m.pollCreationMessageV2 ?? m.pollCreationMessageV3;
  if (poll) {
    const secret = message?.messageContextInfo?.messageSecret ?? m.messageContextInfo?.messageSecret;
    return {
      ...base,
      type: 'poll',
      body: poll.name ?? '',
      quotedId: null,
      extra: {
        options: (poll.options ?? []).map((o) => o.optionName ?? ''),
        secret: secret ? Buffer.from(secret).toString('base64') : null,
      },
    };
  }
  if (m.pollUpdateMessage) {
    return {
      ...base,
      type: 'poll_vote',
      body: '',
      quotedId: m.pollUpdateMessage.pollCreationMessageKey?.id ?? null,
    };
  }
  if (m.reactionMessage) {
    return {
      ...base,
      type: 'reaction',
      body: m.reactionMessage.text ?? '',
      quotedId: m.reactionMessage.key?.id ?? null,
    };
  }
  // Buttons, lists and templates a linked device of the same account sent (ours go out through relayMessage).
  const interactiveText =
    m.buttonsMessage?.contentText ??
    m.listMessage?.description ??
    m.templateMessage?.hydratedTemplate?.hydratedContentText ??
    m.interactiveMessage?.body?.text;
  if (interactiveText !== undefined && interactiveText !== null) {
    return { ...base, type: 'interactive', body: interactiveText, quotedId: null };
  }
  return null;
}
