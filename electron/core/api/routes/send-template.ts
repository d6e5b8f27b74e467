// /send-template: call and link buttons (or, as fallback, the numbers and links as text).
import { sendTemplateParams } from '../../../../shared/schemas/send-template';
import { buildTemplate } from '../../messages/build-interactive';
import { templateAsText } from '../../messages/build-fallbacks';
import { resolveHeaderMedia } from '../../messages/resolve-media';
import { deliver, requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { asInvalidData } from '../rest/media';
import { sendResponses } from '../rest/shared-docs';

export const sendTemplateEndpoint = defineEndpoint({
  path: '/send-template',
  tag: 'Send',
  summary: 'Send a message with up to 3 call / link buttons',
  description:
    'Each `template` item is `call|Label|number` or `url|Label|link` (a link without scheme gets https://). ' +
    '`url` adds a header image.',
  params: sendTemplateParams,
  idempotent: true,
  responses: sendResponses,
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    const input = { message: params.message, buttons: params.template, footer: params.footer };
    const style = deps.interactiveStyle?.(params.sender) ?? 'interactive';
    if (style !== 'interactive') return deliver(deps, log, params, templateAsText(input));
    const header = params.url ? await asInvalidData(() => resolveHeaderMedia(params.url!, false)) : undefined;
    return deliver(deps, log, params, buildTemplate({ ...input, header }));
  },
});
