// A persisted job queue: rows are claimed in batches, run with bounded concurrency, outcomes written in batches.
import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger';
import { defaultRetryPolicy, nextAttemptAt, type JobRetryPolicy } from './backoff';
import {
  claimDueJobs,
  failedJobIds,
  findJob,
  insertJob,
  markJobDone,
  markJobRetry,
  nextRunAt,
  pruneJobs,
  requeueJob,
  resumeRunningJobs,
  type JobRow,
} from './queries';

export interface JobOutcome {
  ok: boolean;
  /** A protocol code worth showing (HTTP status of a webhook delivery). */
  code?: number | null;
  error?: string;
  /** false: do not retry (the job is failed now). */
  retry?: boolean;
}

export interface JobQueueOptions {
  db: Database;
  queue: string;
  logger: Logger;
  run(job: JobRow): Promise<JobOutcome>;
  concurrency?: number;
  policy?: Partial<JobRetryPolicy>;
  /** How long finished rows stay visible (and replayable); pruned on start and hourly. */
  retention?: { doneMs: number; failedMs: number };
  /** After an outcome is stored (done, retry scheduled or failed). */
  onSettled?(job: JobRow, outcome: JobOutcome): void;
  now?: () => number;
}

export type JobQueue = ReturnType<typeof createJobQueue>;

export function createJobQueue(options: JobQueueOptions) {
  const { db, queue, logger } = options;
  const policy = { ...defaultRetryPolicy, ...options.policy };
  const concurrency = options.concurrency ?? 32;
  const now = options.now ?? Date.now;
  let running = false;
  let inFlight = 0;
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Infinity;
  let pumping = false;
  const settled: Array<{ job: JobRow; outcome: JobOutcome }> = [];
  let flushScheduled = false;
  const idleWaiters = new Set<() => void>();
  const retention = options.retention ?? { doneMs: 7 * 86_400_000, failedMs: 30 * 86_400_000 };
  let pruneTimer: NodeJS.Timeout | null = null;
  const prune = () => {
    try {
      pruneJobs(db, queue, now() - retention.doneMs, now() - retention.failedMs);
    } catch (error) {
      logger.warn({ err: error, queue }, 'could not prune old jobs');
    }
  };

  // One transaction for every outcome that arrived in the same tick: thousands of small UPDATEs per second
  // would otherwise each pay for a WAL commit.
  const writeOutcomes = db.transaction((batch: Array<{ job: JobRow; outcome: JobOutcome }>) => {
    const at = now();
    for (const { job, outcome } of batch) {
      if (outcome.ok) markJobDone(db, job.id, outcome.code ?? null, at);
      else {
        const runAt =
          outcome.retry === false ? null : nextAttemptAt(policy, job.attempts + 1, job.giveUpAt, at);
        markJobRetry(db, job.id, { code: outcome.code ?? null, error: outcome.error ?? 'failed', runAt }, at);
      }
    }
  });

  const flush = () => {
    flushScheduled = false;
    const batch = settled.splice(0);
    if (!batch.length) return;
    try {
      writeOutcomes(batch);
    } catch (error) {
      logger.error({ err: error, queue }, 'could not store job outcomes');
    }
    for (const { job, outcome } of batch) options.onSettled?.(job, outcome);
    pump();
  };

  // Bumped when stop() gives up waiting: late outcomes of that run are dropped, their rows stay 'running'
  // and are resumed on the next start (at-least-once; the receiver sees the same delivery id again).
  let generation = 0;
  const execute = async (job: JobRow) => {
    const started = generation;
    let outcome: JobOutcome;
    try {
      outcome = await options.run(job);
    } catch (error) {
      outcome = { ok: false, error: (error as Error).message ?? String(error) };
    }
    if (started !== generation) return;
    inFlight--;
    settled.push({ job, outcome });
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  };

  const schedule = (at: number) => {
    if (!running || at >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = null;
        timerAt = Infinity;
        pump();
      },
      Math.max(0, at - now()),
    );
    timer.unref?.();
  };

  function pump(): void {
    if (!running || pumping) return;
    pumping = true;
    try {
      while (inFlight < concurrency) {
        const jobs = claimDueJobs(db, queue, now(), concurrency - inFlight);
        if (!jobs.length) break;
        inFlight += jobs.length;
        for (const job of jobs) void execute(job);
      }
      if (inFlight === 0 && !settled.length) {
        const next = nextRunAt(db, queue);
        if (next !== null) schedule(next);
        else idleWaiters.forEach((resolve) => resolve());
      }
    } catch (error) {
      logger.error({ err: error, queue }, 'job queue pump failed');
    } finally {
      pumping = false;
    }
  }

  const freshDeadline = () => now() + policy.giveUpAfterMs;

  return {
    /** Synchronous, so a caller can enqueue inside its own transaction (the row exists iff the data does). */
    enqueue(payload: unknown, deviceId: number | null = null): number {
      const at = now();
      return insertJob(db, {
        queue,
        deviceId,
        payload: JSON.stringify(payload),
        runAt: at,
        giveUpAt: at + policy.giveUpAfterMs,
      });
    },
    /** Wake the worker after enqueueing (outside the transaction). */
    notify(): void {
      if (running) setImmediate(pump);
    },
    start(): void {
      if (running) return;
      running = true;
      resumeRunningJobs(db, queue, now());
      prune();
      pruneTimer = setInterval(prune, 3_600_000);
      pruneTimer.unref?.();
      pump();
    },
    /** Waits up to `graceMs` for running jobs (a quit must not hang on a slow receiver), then leaves them. */
    async stop(graceMs = 2000): Promise<void> {
      running = false;
      if (pruneTimer) clearInterval(pruneTimer);
      pruneTimer = null;
      if (timer) clearTimeout(timer);
      timer = null;
      timerAt = Infinity;
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      if (inFlight > 0) {
        generation++;
        inFlight = 0;
      }
      flush();
    },
    /** Try a finished or failed job again now; `payload` replaces the stored one. */
    replay(id: number, payload?: unknown): boolean {
      const ok = requeueJob(
        db,
        id,
        now(),
        freshDeadline(),
        payload === undefined ? undefined : JSON.stringify(payload),
      );
      if (ok) this.notify();
      return ok;
    },
    replayAllFailed(rewrite?: (job: JobRow) => unknown): number {
      const ids = failedJobIds(db, queue);
      db.transaction(() => {
        for (const id of ids) {
          const job = rewrite ? findJob(db, id) : undefined;
          requeueJob(
            db,
            id,
            now(),
            freshDeadline(),
            job && rewrite ? JSON.stringify(rewrite(job)) : undefined,
          );
        }
      })();
      if (ids.length) this.notify();
      return ids.length;
    },
    /** Resolves when nothing is due or running (tests and benchmarks). */
    whenIdle(): Promise<void> {
      return new Promise((resolve) => {
        const done = () => {
          idleWaiters.delete(done);
          resolve();
        };
        idleWaiters.add(done);
        pump();
      });
    },
  };
}
