// compose.send: the compose page speaks the documented REST parameters (its "copy as code" shows that request),
// checked by the same shared schema, mapped by the same table, and sent through the same messages/send.ts as the
// REST routes — without the REST pipeline (no HTTP, no API key, no idempotency store).
import type { HandlersFor } from '../../../shared/contract';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { restParams } from '../../../shared/schemas/index';
import { messageOfParams } from '../../../shared/schemas/message-of-params';
import { AppError, invalidParams } from '../errors';
import type { Logger } from '../logger';
import { uploadedOf } from '../messages/picked-file';
import type { MessageSend } from '../messages/send';
import { recipientResults } from '../api/send-results';
import { MSG_FAILED } from '../api/rest/responses';

/** `send` is the governed one, as for the REST API: compose sends count against the Safety limits too. */
export function createComposeHandlers(send: MessageSend, region: () => string, logger: Logger) {
  const log = logger.child({ module: 'compose' });
  return {
    'compose.send': async ({ path, params, file }) => {
      const raw = file && path === '/send-media' ? { ...params, file: uploadedOf(file) } : params;
      const checked = restParams[path].validate(raw, region());
      if (!checked.ok) throw invalidParams(checked);
      const input = checked.data as { sender: string; number: string[]; msgid?: string };
      // Each path's schema produced exactly the params its mapper takes.
      const message = (messageOfParams[path] as (params: never) => OutgoingMessage)(input as never);
      const outcomes = await send.toEach({
        from: input.sender,
        to: input.number,
        message,
        quotedId: input.msgid,
      });
      const { results, sentIds, offline } = recipientResults(outcomes, log);
      if (offline) throw new AppError('session_not_connected', 'Failed to access whatsapp server');
      const many = input.number.length > 1;
      if (sentIds.length === input.number.length) return { id: sentIds[0], ...(many ? { results } : {}) };
      if (many) throw new AppError('send_failed', MSG_FAILED, results);
      throw new AppError('send_failed', results[0]?.errors ?? MSG_FAILED);
    },
  } satisfies HandlersFor<'compose.send'>;
}
