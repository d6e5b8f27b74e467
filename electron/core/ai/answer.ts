// Asks the configured model about a chat: the knowledge and the last messages in, a reply or a hand-over or a
// failure out. Every failure is kept as the page's "last error" (and logged); a good answer clears it.
import type { Database } from 'better-sqlite3';
import type { AiAnswer, AiFailure } from '../../../shared/ai';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { chatTurns, isHandover, type HistoryMessage } from './prompt';
import { askModel } from './provider';
import { listSheets, readAiConfig, writeLastError } from './queries';

export interface AskDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  now: () => number;
}

export function createAsker({ db, events, logger, now }: AskDeps) {
  const recordFailure = (failure: AiFailure) => {
    logger.warn({ ai: failure }, `AI reply failed: ${failure.code} (${failure.detail})`);
    writeLastError(db, failure);
    events.emit('ai.changed', { deviceId: failure.deviceId, chatId: null });
  };
  const clearFailure = () => {
    if (!readAiConfig(db).lastError) return;
    writeLastError(db, null);
    events.emit('ai.changed', { deviceId: null, chatId: null });
  };

  return {
    recordFailure,
    async ask(deviceId: number | null, history: HistoryMessage[]): Promise<AiAnswer> {
      const config = readAiConfig(db);
      const result = await askModel(config, chatTurns(config.facts, listSheets(db), history));
      if (!result.ok) {
        const failure: AiFailure = { code: result.code, detail: result.detail, at: now(), deviceId };
        recordFailure(failure);
        return { text: '', handover: false, failure, ms: result.ms };
      }
      clearFailure();
      if (isHandover(result.text)) return { text: '', handover: true, failure: null, ms: result.ms };
      // WhatsApp takes 65,536 characters, but an answer past a few thousand is a model that ran away.
      return { text: result.text.slice(0, 4096), handover: false, failure: null, ms: result.ms };
    },
  };
}

export type Asker = ReturnType<typeof createAsker>;
