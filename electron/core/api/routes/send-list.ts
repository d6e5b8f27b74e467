// /send-list: a list menu (single_select), or the device's fallback.
import { sendListParams } from '../../../../shared/schemas/send-list';
import { buildList } from '../../messages/build-interactive';
import { listAsPoll, listAsTextMenu } from '../../messages/build-fallbacks';
import { deliver, requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { sendResponses } from '../rest/shared-docs';

export const sendListEndpoint = defineEndpoint({
  path: '/send-list',
  tag: 'Send',
  summary: 'Send a list menu of up to 10 options',
  description:
    'One section named `name` whose rows are the `list` strings (row ids "1", "2", …); `buttontext` opens it. ' +
    'A pick comes back as the row text.',
  params: sendListParams,
  idempotent: true,
  responses: sendResponses,
  async handle(params, { deps, log }) {
    requireConnected(deps, params.sender);
    const input = {
      title: params.title,
      name: params.name,
      message: params.message,
      buttonText: params.buttontext,
      rows: params.list,
      footer: params.footer,
    };
    const style = deps.interactiveStyle?.(params.sender) ?? 'interactive';
    const content =
      style === 'poll' ? listAsPoll(input) : style === 'text' ? listAsTextMenu(input) : buildList(input);
    return deliver(deps, log, params, content);
  },
});
