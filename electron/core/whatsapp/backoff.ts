// Reconnect delays: exponential from 2 s to 60 s with ±20 % jitter, so many devices (or many app
// instances) that lost the connection together do not all reconnect in the same instant.
export interface Backoff {
  next(): number;
  reset(): void;
  readonly attempts: number;
}

export function createBackoff({
  baseMs = 2000,
  maxMs = 60_000,
  jitter = 0.2,
  random = Math.random,
} = {}): Backoff {
  let attempts = 0;
  return {
    next() {
      const raw = Math.min(maxMs, baseMs * 2 ** attempts);
      attempts++;
      return Math.round(raw * (1 - jitter + 2 * jitter * random()));
    },
    reset() {
      attempts = 0;
    },
    get attempts() {
      return attempts;
    },
  };
}
