// /send-status: a text, image or video post to the sender's WhatsApp Status, for an explicit audience.
import { sendStatusParams } from '../../../../shared/schemas/send-status';
import { requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const MSG_STATUS_POSTED = 'Status posted successfully!';

export const sendStatusEndpoint = defineEndpoint({
  path: '/send-status',
  tag: 'Send',
  summary: 'Post to the WhatsApp Status (Stories)',
  description:
    'Posts a text (with `background_color` and `font`), an image or a video (from `url` or the multipart file `file`, ' +
    "with `caption`) to the sender's Status. WhatsApp shows a status only to the contacts it is addressed to: " +
    '`recipients` ("628…|628…"), the numbers of the contact list `contact_list`, or, with neither, every contact ' +
    'this number has a chat with in the app (`audience` in the answer says how many). A contact sees it only if ' +
    "they have saved this number too. Who viewed it: the Compose page's Status history.",
  params: sendStatusParams,
  idempotent: true,
  responses: {
    ...sendResponses,
    200: {
      description:
        'Posted. `id` is the WhatsApp message id of the post; `audience` how many contacts it was posted to.',
      example: {
        status: true,
        msg: MSG_STATUS_POSTED,
        id: '3EB0C767D26A1D7F5C0A',
        message_id: '3EB0C767D26A1D7F5C0A',
        audience: 42,
        data: { id: '3EB0C767D26A1D7F5C0A', audience: 42 },
      },
    },
    422: {
      description: 'Invalid parameters, an unknown contact list, or no contact to post to.',
      example: {
        status: false,
        msg: 'Invalid data!',
        errors: { message: ['The message field is required when type is text.'] },
      },
    },
  },
  handle: async (params, { deps }) => {
    requireConnected(deps, params.sender);
    const post = await deps.status.postFromParams(params);
    const id = post.waId ?? '';
    return {
      code: 200,
      body: {
        status: true,
        msg: MSG_STATUS_POSTED,
        id,
        message_id: id,
        audience: post.audience,
        data: { id, audience: post.audience },
      },
      sent: true,
    };
  },
});
