// Constant-time comparison of a given secret (API key, RPC token) with the expected one.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Hashing first makes the comparison constant-time whatever the lengths; an empty expected secret never matches. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  return given !== undefined && expected.length > 0 && timingSafeEqual(digest(given), digest(expected));
}
