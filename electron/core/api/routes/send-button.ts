// /send-button: quick-reply buttons (or the device's fallback: a poll or a numbered text menu).
import { sendButtonParams } from '../../../../shared/schemas/send-button';
import { buildButtons } from '../../messages/build-interactive';
import { buttonsAsPoll, buttonsAsTextMenu } from '../../messages/build-fallbacks';
import { resolveHeaderMedia } from '../../messages/resolve-media';
import { deliver, requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { asInvalidData } from '../rest/media';
import { sendResponses } from '../rest/shared-docs';

export const sendButtonEndpoint = defineEndpoint({
  path: '/send-button',
  tag: 'Send',
  summary: 'Send a message with up to 5 buttons',
  description:
    'Quick-reply buttons as a native-flow interactive message. A tap comes back as the button text. ' +
    '`url` adds a header image or video.',
  params: sendButtonParams,
  idempotent: true,
  responses: sendResponses,
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    const input = { message: params.message, buttons: params.button, footer: params.footer };
    const style = deps.interactiveStyle?.(params.sender) ?? 'interactive';
    if (style === 'poll') return deliver(deps, log, params, buttonsAsPoll(input));
    if (style === 'text') return deliver(deps, log, params, buttonsAsTextMenu(input));
    const header = params.url ? await asInvalidData(() => resolveHeaderMedia(params.url!, true)) : undefined;
    return deliver(deps, log, params, buildButtons({ ...input, header }));
  },
});
