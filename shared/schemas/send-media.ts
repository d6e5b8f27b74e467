// POST|GET /send-media: image, video, audio (voice note with ppt), or a document, from a URL or an upload.
import { sendExtras, sendFields } from './common';
import { mpwaFooter } from './send-message';
import { defineParams, type ParamsOf } from './params';
import { boolean, isBlank, isUploadedFile, oneOf, optionalText, uploadedFile, url } from './rules';

export const mediaTypes = ['image', 'video', 'audio', 'pdf', 'xls', 'xlsx', 'doc', 'docx', 'zip'] as const;
export type MediaType = (typeof mediaTypes)[number];

/** WhatsApp's limits: 16 MB for image, video and audio, 100 MB for documents. */
export const MAX_MEDIA_BYTES: Record<MediaType, number> = {
  image: 16 * 1024 * 1024,
  video: 16 * 1024 * 1024,
  audio: 16 * 1024 * 1024,
  pdf: 100 * 1024 * 1024,
  xls: 100 * 1024 * 1024,
  xlsx: 100 * 1024 * 1024,
  doc: 100 * 1024 * 1024,
  docx: 100 * 1024 * 1024,
  zip: 100 * 1024 * 1024,
};

export const sendMediaParams = defineParams(
  (region) => ({
    ...sendFields(region),
    media_type: oneOf(mediaTypes, { description: 'Kind of media.', example: 'image' }),
    url: url({
      required: false,
      description: 'Direct link to the file (required unless a file is uploaded as multipart field "file").',
      example: 'https://example.com/image.jpg',
    }),
    file: uploadedFile({ description: 'The file itself (multipart/form-data), instead of url.' }),
    caption: optionalText({
      max: 4096,
      description: 'Caption for image, video or document.',
      example: 'Hello from API!',
    }),
    ppt: boolean({ description: 'For audio: send as a voice note (push-to-talk).', example: false }),
    footer: mpwaFooter(),
    filename: optionalText({
      max: 255,
      description: 'File name shown for documents (default: from the URL).',
    }),
    ...sendExtras(),
  }),
  [
    (input, fail) => {
      if (isBlank(input.url) && isBlank(input.file)) fail('url', 'required_without', { values: 'file' });
    },
    (input, fail) => {
      const type = typeof input.media_type === 'string' ? input.media_type.trim().toLowerCase() : '';
      const limit = MAX_MEDIA_BYTES[type as MediaType];
      if (limit && isUploadedFile(input.file) && input.file.data.byteLength > limit)
        fail('file', 'max.file', { max: limit / 1024 });
    },
  ],
);
export type SendMediaParams = ParamsOf<typeof sendMediaParams>;
