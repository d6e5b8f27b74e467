// Persisted job queue: migrations, backoff, retries to the deadline, replay, resume after a crash, pruning, quit.
import { describe, expect, it, vi } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { createLogger } from '../logger';
import { nextAttemptAt } from './backoff';
import { createJobQueue, type JobOutcome } from './job-queue';
import { findJob } from './queries';

const db = tempDatabase;
const policy = { baseDelayMs: 1000, maxDelayMs: 60_000, giveUpAfterMs: 24 * 3600_000 };

describe('migrations 005 (jobs) and 006 (webhooks, auto-replies)', () => {
  it('finds due jobs through jobs_due and rejects unknown states and match kinds', () => {
    const database = db();
    const plan = database
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM jobs WHERE queue = 'w' AND state = 'pending' AND run_at <= 5 ORDER BY run_at, id LIMIT 10`,
      )
      .all();
    expect(JSON.stringify(plan)).toContain('jobs_due');
    expect(() =>
      database
        .prepare(
          `INSERT INTO jobs (queue, payload, state, run_at, give_up_at, created_at, updated_at) VALUES ('w', '{}', 'bogus', 0, 0, 0, 0)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    database.prepare(`INSERT INTO devices (number) VALUES ('6281234567000')`).run();
    expect(() =>
      database
        .prepare(
          `INSERT INTO auto_replies (device_id, match_type, pattern, reply, position) VALUES (1, 'fuzzy', 'a', 'b', 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => database.prepare(`INSERT INTO webhook_config (id, secret) VALUES (2, 's')`).run()).toThrow(
      /CHECK/,
    );
  });
});

describe('job backoff', () => {
  it('doubles each time, stays under the cap and stops at the deadline', () => {
    const at = (attempts: number) => nextAttemptAt(policy, attempts, 10_000_000, 0, () => 0.5)!;
    expect([1, 2, 3, 4].map(at)).toEqual([1000, 2000, 4000, 8000]);
    expect(at(20)).toBe(60_000);
    expect(nextAttemptAt(policy, 3, 5000, 5000)).toBeNull();
    expect(nextAttemptAt(policy, 10, 5000, 4000)).toBe(5000);
  });
});

describe('job queue', () => {
  it('runs every job once, retries failures with backoff and marks a job failed after its deadline', async () => {
    const database = db();
    let clock = 1_000_000;
    const tries = new Map<number, number>();
    const queue = createJobQueue({
      db: database,
      queue: 'test',
      logger: createLogger('silent'),
      now: () => clock,
      policy: { baseDelayMs: 10, maxDelayMs: 10, giveUpAfterMs: 1000 },
      run: async (job): Promise<JobOutcome> => {
        tries.set(job.id, (tries.get(job.id) ?? 0) + 1);
        return JSON.parse(job.payload).ok
          ? { ok: true, code: 200 }
          : { ok: false, code: 500, error: 'HTTP 500' };
      },
    });
    const good = queue.enqueue({ ok: true });
    const bad = queue.enqueue({ ok: false });
    queue.start();
    await vi.waitFor(() => {
      expect(findJob(database, good)).toMatchObject({ state: 'done', attempts: 1, lastCode: 200 });
      expect(findJob(database, bad)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastCode: 500,
        lastError: 'HTTP 500',
      });
    });
    clock += 2000; // past the 1 s deadline
    queue.notify();
    await vi.waitFor(() => expect(findJob(database, bad)).toMatchObject({ state: 'failed', attempts: 2 }));
    expect(queue.replayAllFailed()).toBe(1);
    await vi.waitFor(() => expect(tries.get(bad)).toBe(3));
    await queue.stop();
  });

  it('resumes rows a crash left running', async () => {
    const database = db();
    const queue = createJobQueue({
      db: database,
      queue: 'test',
      logger: createLogger('silent'),
      run: async () => ({ ok: true }),
    });
    const id = queue.enqueue({});
    database.prepare(`UPDATE jobs SET state = 'running' WHERE id = ?`).run(id);
    queue.start();
    await queue.whenIdle();
    expect(findJob(database, id)).toMatchObject({ state: 'done' });
    await queue.stop();
  });

  it('forgets delivered rows after a week and failed ones after a month', async () => {
    const database = db();
    let clock = 1_000_000_000;
    const queue = createJobQueue({
      db: database,
      queue: 'test',
      logger: createLogger('silent'),
      now: () => clock,
      run: async () => ({ ok: true }),
    });
    const old = queue.enqueue({});
    queue.start();
    await queue.whenIdle();
    await queue.stop();
    const failed = queue.enqueue({});
    database.prepare(`UPDATE jobs SET state = 'failed', updated_at = ? WHERE id = ?`).run(clock, failed);
    clock += 8 * 86_400_000;
    queue.start();
    expect(findJob(database, old)).toBeUndefined();
    expect(findJob(database, failed)).toMatchObject({ state: 'failed' });
    await queue.stop();
  });

  it('does not hang a quit on a slow job: it is left running and resumed on the next start', async () => {
    const database = db();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const run = async () => {
      calls++;
      if (calls === 1) await slow;
      return { ok: true };
    };
    const first = createJobQueue({ db: database, queue: 'test', logger: createLogger('silent'), run });
    const id = first.enqueue({});
    first.start();
    await vi.waitFor(() => expect(calls).toBe(1));
    const started = Date.now();
    await first.stop(100);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(findJob(database, id)).toMatchObject({ state: 'running' });
    release();
    const second = createJobQueue({ db: database, queue: 'test', logger: createLogger('silent'), run });
    second.start();
    await second.whenIdle();
    expect(findJob(database, id)).toMatchObject({ state: 'done' });
    expect(calls).toBe(2);
    await second.stop();
  });
});
