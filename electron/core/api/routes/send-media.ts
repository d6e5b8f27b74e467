// /send-media: image, video, audio / voice note, or a document, from a link or an uploaded file.
import { sendMediaParams } from '../../../../shared/schemas/send-media';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendMediaEndpoint = defineEndpoint({
  path: '/send-media',
  tag: 'Send',
  summary: 'Send an image, video, audio or document',
  description:
    'Downloads `url` (a direct link; at most 16 MB for image/video/audio, 100 MB for documents; 30 s; 5 redirects) ' +
    'or takes the multipart file `file`, checks it is the stated media_type and sends it. `ppt=true` sends audio as a voice note.',
  params: sendMediaParams,
  idempotent: true,
  responses: {
    ...sendResponses,
    422: {
      description: 'Invalid parameters, or the link could not be downloaded / is not that kind of file.',
      example: {
        status: false,
        msg: 'Invalid data!',
        errors: { url: ['The url could not be downloaded: the server answered HTTP 404.'] },
      },
    },
  },
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-media'](params)),
});
