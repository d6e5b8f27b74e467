// The AI replies feature wired together: the asker, the device rule (responder), the handover, the contract slice.
import type { Database } from 'better-sqlite3';
import type { ReplyClock } from '../auto-replies/reply-clock';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { InboundPipeline } from '../messages/inbound-pipeline';
import type { MessageSend } from '../messages/send';
import type { WebhookOutbox } from '../webhooks/outbox';
import { aiReplyWebhookBody } from './ai-webhook';
import { createAsker } from './answer';
import type { ChatHandover } from './handover';
import { createAiHandlers } from './handlers';
import { attachAiReplies } from './responder';

export interface AiFeatureDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  pipeline: InboundPipeline;
  send: MessageSend;
  handover: ChatHandover;
  clock: ReplyClock;
  webhooks: WebhookOutbox;
  offlineMaxAgeMs: () => number;
  whenOpen: (deviceId: number) => Promise<void>;
  now?: () => number;
}

export function createAiFeature(deps: AiFeatureDeps) {
  const now = deps.now ?? Date.now;
  const logger = deps.logger.child({ module: 'ai' });
  const asker = createAsker({ db: deps.db, events: deps.events, logger, now });
  attachAiReplies({
    ...deps,
    logger,
    asker,
    now,
    onSent: (stored, reply) =>
      deps.webhooks.post(stored.deviceId, 'message', aiReplyWebhookBody(stored, reply, now())),
  });
  return { handlers: createAiHandlers(deps.db, deps.events, asker, now) };
}
