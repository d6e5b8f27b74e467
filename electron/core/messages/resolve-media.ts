// The bytes to send for a media parameter: an uploaded file or a download, checked against the media type.
import { MAX_MEDIA_BYTES, type MediaType } from '../../../shared/schemas/send-media';
import type { UploadedFile } from '../../../shared/schemas/rules';
import { checkMedia } from './media-kinds';
import { fetchMedia, MediaFetchError, type FetchMediaOptions } from './fetch-media';

export interface ResolvedMedia {
  data: Buffer;
  mimetype: string;
  fileName: string;
}

/** Which parameter was wrong and why, in a sentence that completes "The url …". */
export class MediaError extends Error {
  constructor(
    readonly field: 'url' | 'file',
    message: string,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}

export async function resolveMedia(
  type: MediaType,
  source: { url?: string; file?: UploadedFile },
  options: Partial<FetchMediaOptions> = {},
): Promise<ResolvedMedia> {
  let data: Buffer;
  let declared: string;
  let fileName: string;
  const field = source.file ? 'file' : 'url';
  if (source.file) {
    data = Buffer.from(source.file.data.buffer, source.file.data.byteOffset, source.file.data.byteLength);
    declared = source.file.mimetype;
    fileName = source.file.filename;
  } else {
    try {
      const fetched = await fetchMedia(source.url!, { maxBytes: MAX_MEDIA_BYTES[type], ...options });
      ({ data, contentType: declared, fileName } = fetched);
    } catch (error) {
      if (error instanceof MediaFetchError)
        throw new MediaError('url', `The url could not be downloaded: ${error.message}.`);
      throw error;
    }
  }
  const checked = checkMedia(type, declared, data);
  if ('error' in checked) throw new MediaError(field, `The ${field} is ${checked.error}.`);
  return { data, mimetype: checked.mimetype, fileName };
}

/** Header media of a button/template message: an image, or (buttons only) a video; downloaded once. */
export async function resolveHeaderMedia(
  url: string,
  allowVideo: boolean,
  options: Partial<FetchMediaOptions> = {},
): Promise<{ type: 'image' | 'video'; data: Buffer; mimetype: string }> {
  let fetched;
  try {
    fetched = await fetchMedia(url, { maxBytes: MAX_MEDIA_BYTES.image, ...options });
  } catch (error) {
    if (error instanceof MediaFetchError)
      throw new MediaError('url', `The url could not be downloaded: ${error.message}.`);
    throw error;
  }
  const image = checkMedia('image', fetched.contentType, fetched.data);
  if ('mimetype' in image) return { type: 'image', data: fetched.data, mimetype: image.mimetype };
  const video = allowVideo ? checkMedia('video', fetched.contentType, fetched.data) : undefined;
  if (video && 'mimetype' in video) return { type: 'video', data: fetched.data, mimetype: video.mimetype };
  throw new MediaError('url', `The url is ${image.error}${allowVideo ? ' or video' : ''}.`);
}
