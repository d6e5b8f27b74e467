// Counts wrong secrets (API key, login password) per client address. It slows a guesser down without ever
// refusing the right secret: a web page or local program that sends wrong keys on purpose must not be able to
// lock the user's own integration out (issue 19). Guessing a 192-bit key is hopeless anyway; the count is
// what keeps a brute force from being cheap, and the log line what makes it visible.

export interface FailedAttemptLimiter {
  /** Seconds the client must wait before its next wrong attempt is even compared, or 0. */
  blockedFor(client: string): number;
  recordFailure(client: string): void;
}

/** Clients remembered at once; past this the oldest entries go first (an address flood cannot grow memory). */
const MAX_CLIENTS = 10_000;

export function createFailedAttemptLimiter(limit: number, windowMs: number, now = () => Date.now()) {
  const failures = new Map<string, { count: number; resetAt: number }>();
  const entry = (client: string) => {
    const found = failures.get(client);
    if (found && found.resetAt > now()) return found;
    failures.delete(client);
    return undefined;
  };
  return {
    blockedFor(client) {
      const found = entry(client);
      return found && found.count >= limit ? Math.max(1, Math.ceil((found.resetAt - now()) / 1000)) : 0;
    },
    recordFailure(client) {
      const found = entry(client);
      if (found) found.count += 1;
      else {
        if (failures.size >= MAX_CLIENTS) failures.delete(failures.keys().next().value!);
        failures.set(client, { count: 1, resetAt: now() + windowMs });
      }
    },
  } satisfies FailedAttemptLimiter;
}
