// What each documented media_type is on WhatsApp: message kind, accepted mimetypes, magic bytes, file extension.
import type { OutgoingMediaType as MediaType } from '../../../shared/outgoing-message';

export type MediaKind = 'image' | 'video' | 'audio' | 'document';

export const documentMimetypes: Record<
  Exclude<MediaType, 'image' | 'video' | 'audio' | 'document'>,
  string
> = {
  pdf: 'application/pdf',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

export function mediaKindOf(type: MediaType): MediaKind {
  return type === 'image' || type === 'video' || type === 'audio' ? type : 'document';
}

/** Mimetypes a server sends when it does not know better; then the bytes decide. */
const GENERIC = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/binary',
  'application/force-download',
  'application/download',
]);

const startsWith = (data: Uint8Array, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((byte, i) => data[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Recognizes the common formats by their first bytes; returns a mimetype or undefined. */
export function sniffMimetype(data: Uint8Array): string | undefined {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(data, ascii('GIF8'))) return 'image/gif';
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WAVE'), 8)) return 'audio/wav';
  if (startsWith(data, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...data.subarray(8, 12));
    if (brand.startsWith('M4A')) return 'audio/mp4';
    if (brand.startsWith('3gp')) return 'video/3gpp';
    return 'video/mp4';
  }
  if (startsWith(data, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (startsWith(data, ascii('OggS'))) return 'audio/ogg';
  if (startsWith(data, ascii('ID3')) || (data[0] === 0xff && (data[1] & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (startsWith(data, ascii('#!AMR'))) return 'audio/amr';
  if (startsWith(data, ascii('%PDF'))) return 'application/pdf';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) return 'application/x-ole-storage';
  return undefined;
}

export const baseMimetype = (mimetype: string | undefined | null) =>
  (mimetype ?? '').split(';')[0].trim().toLowerCase();

/** Why bytes are not the media type: a web page instead of the file, or a file of another type (or none known). */
export type MediaProblem =
  | { problem: 'web_page'; expected: Exclude<MediaType, 'document'> }
  | { problem: 'wrong_type'; expected: Exclude<MediaKind, 'document'>; actual?: string };

/**
 * The mimetype to send for these bytes as this media type, or the problem when they clearly are
 * something else (the usual mistake: a link to a web page instead of the file itself).
 */
export function checkMedia(
  type: MediaType,
  declared: string | undefined | null,
  data: Uint8Array,
): { mimetype: string } | { error: MediaProblem } {
  const kind = mediaKindOf(type);
  const given = baseMimetype(declared);
  const sniffed = sniffMimetype(data);
  // Any file, as the person picked or linked it: its own mimetype (or what the bytes are).
  if (type === 'document') return { mimetype: declared?.trim() || sniffed || 'application/octet-stream' };
  if (
    given === 'text/html' ||
    (!sniffed && /^\s*<(!doctype|html)/i.test(Buffer.from(data.subarray(0, 64)).toString('latin1')))
  )
    return { error: { problem: 'web_page', expected: type } };
  if (kind === 'document') return { mimetype: documentMimetypes[type as keyof typeof documentMimetypes] };
  if (given.startsWith(`${kind}/`)) return { mimetype: declared!.trim() };
  if (sniffed?.startsWith(`${kind}/`)) return { mimetype: sniffed };
  if (GENERIC.has(given) && !sniffed) return { mimetype: defaultMimetype[kind] };
  const actual = given || sniffed;
  return { error: { problem: 'wrong_type', expected: kind, ...(actual ? { actual } : {}) } };
}

const defaultMimetype = { image: 'image/jpeg', video: 'video/mp4', audio: 'audio/mpeg' } as const;

/** The extension a document of this type must end in ('' for any file: its name stays as given). */
export const extensionOf: Record<MediaType, string> = {
  image: 'jpg',
  video: 'mp4',
  audio: 'mp3',
  pdf: 'pdf',
  xls: 'xls',
  xlsx: 'xlsx',
  doc: 'doc',
  docx: 'docx',
  zip: 'zip',
  document: '',
};
