// SQL of the REST API's idempotency keys (table api_refs, migration 003).
import { cached } from '../../db/statements';
import type { Database } from 'better-sqlite3';

export interface ApiRefRow {
  ref: string;
  endpoint: string;
  requestHash: string;
  state: 'pending' | 'done';
  httpStatus: number | null;
  response: string | null;
}

/** True when this call took the ref; false when a row already holds it. */
export function claimRef(db: Database, ref: string, endpoint: string, requestHash: string): boolean {
  return (
    db
      .prepare(
        `INSERT INTO api_refs (ref, endpoint, request_hash, state) VALUES (?, ?, ?, 'pending') ON CONFLICT (ref) DO NOTHING`,
      )
      .run(ref, endpoint, requestHash).changes === 1
  );
}

export function findRef(db: Database, ref: string): ApiRefRow | undefined {
  return cached(
    db,
    `SELECT ref, endpoint, request_hash AS requestHash, state, http_status AS httpStatus, response FROM api_refs WHERE ref = ?`,
  ).get(ref) as ApiRefRow | undefined;
}

export function completeRef(db: Database, ref: string, httpStatus: number, response: string): void {
  cached(db, `UPDATE api_refs SET state = 'done', http_status = ?, response = ? WHERE ref = ?`).run(
    httpStatus,
    response,
    ref,
  );
}

export function releaseRef(db: Database, ref: string): void {
  cached(db, `DELETE FROM api_refs WHERE ref = ? AND state = 'pending'`).run(ref);
}

export function pruneRefs(db: Database, olderThanDays: number): number {
  return cached(
    db,
    `DELETE FROM api_refs WHERE state = 'done' AND created_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?)`,
  ).run(`-${olderThanDays} days`).changes;
}
