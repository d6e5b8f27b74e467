// Media messages: the right WhatsApp kind and mimetype per media_type, caption, voice note, document name.
import type { OutgoingMediaType as MediaType } from '../../../shared/outgoing-message';
import { baseMimetype, extensionOf, mediaKindOf } from './media-kinds';
import type { OutgoingContent } from './sender';

export interface MediaInput {
  type: MediaType;
  data: Buffer;
  /** Already checked against the type (see checkMedia). */
  mimetype: string;
  fileName?: string;
  caption?: string;
  ppt?: boolean;
}

/** A document's name always ends in its type's extension ("laporan" → "laporan.pdf"); never a path. */
export function documentFileName(type: MediaType, fileName: string | undefined): string {
  const base = (fileName ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f]/g, '')
    .trim()
    .slice(0, 200);
  const extension = extensionOf[type];
  if (!extension) return base || 'file';
  if (!base) return `file.${extension}`;
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

export function buildMedia(input: MediaInput): OutgoingContent {
  const { data, mimetype, caption } = input;
  switch (mediaKindOf(input.type)) {
    case 'image':
      return { kind: 'content', content: { image: data, mimetype, caption } };
    case 'video':
      return { kind: 'content', content: { video: data, mimetype, caption } };
    case 'audio': {
      // WhatsApp plays voice notes as Ogg/Opus; other audio keeps its own type (no transcoding here).
      const ptt = input.ppt === true;
      const audioType = ptt && baseMimetype(mimetype) === 'audio/ogg' ? 'audio/ogg; codecs=opus' : mimetype;
      return { kind: 'content', content: { audio: data, mimetype: audioType, ptt } };
    }
    case 'document':
      return {
        kind: 'content',
        content: {
          document: data,
          mimetype,
          fileName: documentFileName(input.type, input.fileName),
          caption,
        },
      };
  }
}
