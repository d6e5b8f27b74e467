// SQL of the persisted job queue: enqueue, claim due rows, record outcomes, list, replay.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';

export type JobState = 'pending' | 'running' | 'done' | 'failed';

export interface JobRow {
  id: number;
  queue: string;
  deviceId: number | null;
  payload: string;
  state: JobState;
  attempts: number;
  runAt: number;
  giveUpAt: number;
  lastCode: number | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
}

const columns = `id, queue, device_id AS deviceId, payload, state, attempts, run_at AS runAt, give_up_at AS giveUpAt,
  last_code AS lastCode, last_error AS lastError, created_at AS createdAt, updated_at AS updatedAt`;

export function insertJob(
  db: Database,
  job: { queue: string; deviceId: number | null; payload: string; runAt: number; giveUpAt: number },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO jobs (queue, device_id, payload, run_at, give_up_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(job.queue, job.deviceId, job.payload, job.runAt, job.giveUpAt, job.runAt, job.runAt)
      .lastInsertRowid,
  );
}

/** Marks up to `limit` due rows of a queue as running and returns them (one statement, so no double claim). */
export function claimDueJobs(db: Database, queue: string, now: number, limit: number): JobRow[] {
  return cached(
    db,
    `UPDATE jobs SET state = 'running', updated_at = @now
       WHERE id IN (SELECT id FROM jobs WHERE queue = @queue AND state = 'pending' AND run_at <= @now
                    ORDER BY run_at, id LIMIT @limit)
       RETURNING ${columns}`,
  ).all({ now, queue, limit }) as JobRow[];
}

export function nextRunAt(db: Database, queue: string): number | null {
  const row = cached(db, `SELECT min(run_at) AS at FROM jobs WHERE queue = ? AND state = 'pending'`).get(
    queue,
  ) as { at: number | null };
  return row.at;
}

/** Rows a crash left running go back to pending, so they are delivered after a restart. */
export function resumeRunningJobs(db: Database, queue: string, now: number): number {
  return cached(
    db,
    `UPDATE jobs SET state = 'pending', run_at = min(run_at, ?), updated_at = ? WHERE queue = ? AND state = 'running'`,
  ).run(now, now, queue).changes;
}

export function markJobDone(db: Database, id: number, code: number | null, now: number): void {
  cached(
    db,
    `UPDATE jobs SET state = 'done', attempts = attempts + 1, last_code = ?, last_error = NULL, updated_at = ? WHERE id = ?`,
  ).run(code, now, id);
}

export function markJobRetry(
  db: Database,
  id: number,
  outcome: { code: number | null; error: string; runAt: number | null },
  now: number,
): void {
  cached(
    db,
    `UPDATE jobs SET state = ?, attempts = attempts + 1, last_code = ?, last_error = ?, run_at = coalesce(?, run_at),
       updated_at = ? WHERE id = ?`,
  ).run(outcome.runAt === null ? 'failed' : 'pending', outcome.code, outcome.error, outcome.runAt, now, id);
}

export function findJob(db: Database, id: number): JobRow | undefined {
  return cached(db, `SELECT ${columns} FROM jobs WHERE id = ?`).get(id) as JobRow | undefined;
}

/** Newest first, paged by id. */
export function listJobs(
  db: Database,
  queue: string,
  options: { before?: number; limit: number; state?: JobState; deviceId?: number },
): JobRow[] {
  return cached(
    db,
    `SELECT ${columns} FROM jobs WHERE queue = @queue AND id < @before
         AND (@state IS NULL OR state = @state) AND (@deviceId IS NULL OR device_id = @deviceId)
       ORDER BY id DESC LIMIT @limit`,
  ).all({
    queue,
    before: options.before ?? Number.MAX_SAFE_INTEGER,
    limit: options.limit,
    state: options.state ?? null,
    deviceId: options.deviceId ?? null,
  }) as JobRow[];
}

export function countJobsByState(db: Database, queue: string): Record<JobState, number> {
  const rows = cached(db, `SELECT state, count(*) AS n FROM jobs WHERE queue = ? GROUP BY state`).all(
    queue,
  ) as {
    state: JobState;
    n: number;
  }[];
  const counts: Record<JobState, number> = { pending: 0, running: 0, done: 0, failed: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}

/** Replay: back to pending with a fresh 24 h window; optionally a new payload (e.g. the current URL). */
export function requeueJob(
  db: Database,
  id: number,
  now: number,
  giveUpAt: number,
  payload?: string,
): boolean {
  return (
    cached(
      db,
      `UPDATE jobs SET state = 'pending', run_at = ?, give_up_at = ?, payload = coalesce(?, payload), updated_at = ?
         WHERE id = ? AND state IN ('done', 'failed')`,
    ).run(now, giveUpAt, payload ?? null, now, id).changes > 0
  );
}

export function failedJobIds(db: Database, queue: string): number[] {
  return (
    cached(db, `SELECT id FROM jobs WHERE queue = ? AND state = 'failed' ORDER BY id`).all(queue) as {
      id: number;
    }[]
  ).map((row) => row.id);
}

/** Forgets finished rows: delivered ones after `doneBefore`, failed ones (kept longer, for replay) after `failedBefore`. */
export function pruneJobs(db: Database, queue: string, doneBefore: number, failedBefore: number): number {
  return cached(
    db,
    `DELETE FROM jobs WHERE queue = ? AND ((state = 'done' AND updated_at < ?) OR (state = 'failed' AND updated_at < ?))`,
  ).run(queue, doneBefore, failedBefore).changes;
}
