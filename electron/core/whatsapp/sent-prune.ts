// The job that drops stored sent messages older than the retention, and the saved plaintexts of received ones
// (auth-queries.ts): one row in the persisted job queue (jobs/), run at start and then every hour, each run
// scheduling the next.
import type { Database } from 'better-sqlite3';
import { createJobQueue } from '../jobs/job-queue';
import { insertJob, nextRunAt } from '../jobs/queries';
import type { Logger } from '../logger';
import { DECRYPTED_RETENTION_MS, pruneDecryptedMessages } from './auth-queries';
import type { SentMessages } from './sent-messages';

const QUEUE = 'prune-sent-messages';
const HOUR = 3_600_000;

export function createSentPruneJob(db: Database, sent: SentMessages, logger: Logger, now = Date.now) {
  const schedule = (runAt: number) =>
    insertJob(db, { queue: QUEUE, deviceId: null, payload: '{}', runAt, giveUpAt: runAt + 24 * HOUR });
  const queue = createJobQueue({
    db,
    queue: QUEUE,
    logger,
    concurrency: 1,
    now,
    retention: { doneMs: 24 * HOUR, failedMs: 7 * 24 * HOUR },
    run: async () => {
      const removed = sent.prune();
      if (removed) logger.info({ removed }, 'pruned stored sent messages');
      const decrypted = pruneDecryptedMessages(db, now() - DECRYPTED_RETENTION_MS);
      if (decrypted) logger.info({ decrypted }, 'pruned saved plaintexts of received messages');
      schedule(now() + HOUR);
      return { ok: true };
    },
  });
  return {
    start() {
      if (nextRunAt(db, QUEUE) === null) schedule(now());
      queue.start();
    },
    stop: () => queue.stop(),
  };
}
