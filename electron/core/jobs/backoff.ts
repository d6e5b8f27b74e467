// Retry delays of persisted jobs: exponential with jitter, capped, and a deadline after which a job fails.
export interface JobRetryPolicy {
  /** First retry after about this long. */
  baseDelayMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
  /** A job still failing this long after it was created (or replayed) is given up. */
  giveUpAfterMs: number;
}

export const defaultRetryPolicy: JobRetryPolicy = {
  baseDelayMs: 10_000,
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
};

/**
 * When to try again after `attempts` failed tries, or null when the deadline has passed.
 * ±20 % jitter, so deliveries that failed together (a receiver restart) do not all retry in the same millisecond.
 */
export function nextAttemptAt(
  policy: JobRetryPolicy,
  attempts: number,
  giveUpAt: number,
  now: number,
  random: () => number = Math.random,
): number | null {
  const exponential = policy.baseDelayMs * 2 ** Math.min(attempts - 1, 30);
  const delay = Math.min(policy.maxDelayMs, exponential) * (0.8 + 0.4 * random());
  const at = Math.round(now + delay);
  if (now >= giveUpAt) return null;
  return Math.min(at, giveUpAt);
}
