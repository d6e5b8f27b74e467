// POST|GET /send-sticker: an image (PNG, JPEG, WebP, GIF) from a link or an upload, sent as a 512×512 WebP
// sticker — MPWA's endpoint and `url` name (zymzz-id/MPWA ApiController::messageSticker, whatsapp.js sendSticker).
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { isBlank, uploadedFile, url } from './rules';

export const sendStickerParams = defineParams(
  (region) => ({
    ...sendFields(region),
    url: url({
      required: false,
      description: 'Direct link to the image (required unless a file is uploaded as multipart field "file").',
      example: 'https://example.com/logo.png',
    }),
    file: uploadedFile({ description: 'The image itself (multipart/form-data), instead of url.' }),
    ...sendExtras(),
  }),
  [
    (input, fail) => {
      if (isBlank(input.url) && isBlank(input.file)) fail('url', 'required_without', { values: 'file' });
    },
  ],
);
export type SendStickerParams = ParamsOf<typeof sendStickerParams>;
