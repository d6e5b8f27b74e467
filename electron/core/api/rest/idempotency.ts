// `ref`: a retried request with the same idempotency key returns the first answer and never sends twice.
// Only answers where something went out are kept; when nothing was sent, the ref is freed for a retry.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { isUploadedFile } from '../../../../shared/schemas/rules';
import { claimRef, completeRef, findRef, pruneRefs, releaseRef } from './queries';
import { replies, type RestReply } from './responses';

export interface HandledReply extends RestReply {
  /** Something reached WhatsApp: a retry must replay this answer, not send again. */
  sent?: boolean;
}

const KEEP_DAYS = 30;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrune = 0;

/** Same ref with other parameters is a client bug, not a retry. Uploaded files count by their bytes' hash. */
export function requestHash(endpoint: string, params: Record<string, unknown>): string {
  const { ref: _ref, ...rest } = params;
  const text = JSON.stringify(rest, (_key, value) =>
    isUploadedFile(value) ? createHash('sha256').update(value.data).digest('hex') : value,
  );
  return createHash('sha256').update(`${endpoint}\n${text}`).digest('hex');
}

export async function runOnce(
  db: Database,
  endpoint: string,
  ref: string,
  params: Record<string, unknown>,
  run: () => Promise<HandledReply>,
): Promise<RestReply> {
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    pruneRefs(db, KEEP_DAYS);
  }
  const hash = requestHash(endpoint, params);
  if (!claimRef(db, ref, endpoint, hash)) {
    const row = findRef(db, ref);
    if (row && row.requestHash !== hash) return replies.invalid({ ref: ['The ref has already been taken.'] });
    if (!row || row.state === 'pending')
      return { code: 409, body: { status: false, msg: 'A request with this ref is still being processed.' } };
    return {
      code: row.httpStatus ?? 200,
      body: JSON.parse(row.response ?? '{}'),
      headers: { 'idempotent-replayed': 'true' },
    };
  }
  try {
    const reply = await run();
    if (reply.sent) completeRef(db, ref, reply.code, JSON.stringify(reply.body));
    else releaseRef(db, ref);
    return reply;
  } catch (error) {
    releaseRef(db, ref);
    throw error;
  }
}
