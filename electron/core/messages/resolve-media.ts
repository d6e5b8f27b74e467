// The one media resolver: the bytes to send for a message's file or link (downloaded with the limits of
// fetch-media.ts), checked against the media type; and the header picture of buttons and templates.
import type { OutgoingFile, OutgoingMediaType, OutgoingMessage } from '../../../shared/outgoing-message';
import { MAX_MEDIA_BYTES } from '../../../shared/schemas/send-media';
import type { InteractiveStyle } from '../../../shared/domain';
import type { TextRef } from '../../../shared/error-texts';
import { AppError, appError, tableWording } from '../errors';
import type { HeaderMedia } from './build-interactive';
import { checkMedia, type MediaProblem } from './media-kinds';
import { toSticker } from './sticker';
import { fetchMedia, MediaFetchError, type FetchMediaOptions } from './fetch-media';

export interface ResolvedMedia {
  data: Buffer;
  mimetype: string;
  fileName: string;
}

/** What a message needs besides its text: a media message's file, an interactive message's header. */
export interface MessageMedia {
  media?: ResolvedMedia;
  header?: HeaderMedia;
}

/** The client's input was wrong: which field and why, by a text of the table (its English: "The url …"). */
export class MediaError extends AppError {
  constructor(
    readonly field: 'url' | 'file',
    text: TextRef,
  ) {
    super('invalid_input', ...tableWording(text.key, text.params, { [field]: text }));
    this.name = 'MediaError';
  }
}

/** The text of a media problem for this field; `header` is a button's header, an image or a video. */
function problemText(field: 'url' | 'file', error: MediaProblem, header = false): TextRef {
  const expected: TextRef = { key: `media_kind_${error.expected}` };
  if (error.problem === 'web_page')
    return header
      ? { key: 'media_header_web_page' }
      : { key: `media_web_page_${field}`, params: { expected } };
  const actual = error.actual ?? { key: 'media_type_unknown' as const };
  if (header) return { key: 'media_header_wrong_type', params: { actual } };
  return { key: `media_wrong_type_${field}`, params: { expected, actual } };
}

/** The 100 MB of a document for any file, else WhatsApp's limit for the type. */
const maxBytesOf = (type: OutgoingMediaType) => MAX_MEDIA_BYTES[type === 'document' ? 'pdf' : type];

export function fileBytes(file: OutgoingFile): Buffer {
  if ('dataBase64' in file) return Buffer.from(file.dataBase64, 'base64');
  return Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
}

async function download(url: string, maxBytes: number, options: Partial<FetchMediaOptions>) {
  try {
    return await fetchMedia(url, { maxBytes, ...options });
  } catch (error) {
    if (error instanceof MediaFetchError)
      throw new MediaError('url', { key: 'media_download_failed', params: { reason: error.reason } });
    throw error;
  }
}

export async function resolveMedia(
  type: OutgoingMediaType,
  source: { url?: string; file?: OutgoingFile },
  options: Partial<FetchMediaOptions> = {},
): Promise<ResolvedMedia> {
  let data: Buffer;
  let declared: string;
  let fileName: string;
  const field = source.file ? 'file' : 'url';
  if (source.file) {
    data = fileBytes(source.file);
    declared = source.file.mimetype;
    fileName = source.file.name;
  } else {
    if (!source.url) throw appError('invalid_input', 'media_missing', undefined, { url: 'media_missing' });
    ({ data, contentType: declared, fileName } = await download(source.url, maxBytesOf(type), options));
  }
  const checked = checkMedia(type, declared, data);
  if ('error' in checked) throw new MediaError(field, problemText(field, checked.error));
  return { data, mimetype: checked.mimetype, fileName };
}

/** Header media of a button/template message: an image, or (buttons only) a video; downloaded once. */
export async function resolveHeaderMedia(
  url: string,
  allowVideo: boolean,
  options: Partial<FetchMediaOptions> = {},
): Promise<HeaderMedia> {
  const fetched = await download(url, MAX_MEDIA_BYTES.image, options);
  const image = checkMedia('image', fetched.contentType, fetched.data);
  if ('mimetype' in image) return { type: 'image', data: fetched.data, mimetype: image.mimetype };
  const video = allowVideo ? checkMedia('video', fetched.contentType, fetched.data) : undefined;
  if (video && 'mimetype' in video) return { type: 'video', data: fetched.data, mimetype: video.mimetype };
  throw new MediaError('url', problemText('url', image.error, allowVideo));
}

/** Only what the device will show is fetched: a poll or text menu has no header picture. */
export async function resolveMessageMedia(
  message: OutgoingMessage,
  style: InteractiveStyle,
  options: Partial<FetchMediaOptions> = {},
): Promise<MessageMedia> {
  if (message.kind === 'media') return { media: await resolveMedia(message.mediaType, message, options) };
  if (message.kind === 'sticker')
    return {
      media: await toSticker(await resolveMedia('image', message, options), message.file ? 'file' : 'url'),
    };
  if (
    (message.kind === 'buttons' || message.kind === 'actions' || message.kind === 'template') &&
    message.headerUrl &&
    style === 'interactive'
  )
    return {
      header: await resolveHeaderMedia(message.headerUrl, message.kind !== 'template', options),
    };
  return {};
}
