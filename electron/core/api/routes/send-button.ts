// /send-button: quick-reply buttons (or the device's fallback: a poll or a numbered text menu).
import { sendButtonParams } from '../../../../shared/schemas/send-button';
import { deliver } from '../rest/deliver';
import { messageOfParams } from '../../../../shared/schemas/message-of-params';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendButtonEndpoint = defineEndpoint({
  path: '/send-button',
  tag: 'Send',
  summary: 'Send a message with up to 5 buttons',
  description:
    'Quick-reply buttons as a native-flow interactive message. A tap comes back as the button text. ' +
    'MPWA v6+ button objects may mix reply, call, url and copy buttons in one message (quick_reply, cta_call, ' +
    'cta_url, cta_copy). `url` (or `image`) adds a header image or video.',
  params: sendButtonParams,
  aliases: { image: 'url' },
  examples: [
    {
      title: 'MPWA v6+ button objects: reply, call, url and copy in one message, `image` as the header',
      params: [
        ['sender', '6281234567890'],
        ['number', '628123456789'],
        ['message', 'Promo hari ini!'],
        [
          'button',
          [
            { type: 'reply', displayText: 'Pesan sekarang' },
            { type: 'call', displayText: 'Telepon kami', phoneNumber: '628123456789' },
            { type: 'url', displayText: 'Lihat katalog', url: 'https://example.com/katalog' },
            { type: 'copy', displayText: 'Salin kode promo', copyCode: 'HEMAT10' },
          ],
        ],
        ['footer', 'Wasender Powered'],
        ['image', 'https://example.com/promo.jpg'],
      ],
    },
  ],
  idempotent: true,
  responses: sendResponses,
  handle: (params, { deps, log }) => deliver(deps, log, params, messageOfParams['/send-button'](params)),
});
