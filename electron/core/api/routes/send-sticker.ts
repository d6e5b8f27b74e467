// /send-sticker: an image from `url` (or the multipart `file`) as a 512×512 WebP sticker, as MPWA scripts call it.
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { sendStickerParams } from '../../../../shared/schemas/send-sticker';
import { deliver } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendStickerEndpoint = defineEndpoint({
  path: '/send-sticker',
  tag: 'Send',
  summary: 'Send an image as a sticker',
  description:
    'Downloads `url` (or takes the multipart `file`): PNG, JPEG, WebP or GIF (first frame), at most 16 MB, and ' +
    'sends it as a 512×512 WebP sticker, the picture fitted inside on a transparent background.',
  params: sendStickerParams,
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-sticker'](params)),
});
