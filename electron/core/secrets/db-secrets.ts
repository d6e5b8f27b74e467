// The secret box of each open database: the queries of the auth state, settings, webhooks and AI seal what they
// write and open what they read through these two functions, without a key threaded through every feature.
// Without a box (core started without a data key: tests, or a caller that keeps today's behaviour) values
// stay plaintext, and sealed values cannot be read.
import type { Database } from 'better-sqlite3';
import { isSealed, type SecretBox } from './secret-box';

const boxes = new WeakMap<Database, SecretBox>();

export function attachSecretBox(db: Database, box: SecretBox): void {
  boxes.set(db, box);
}

export function secretBoxOf(db: Database): SecretBox | undefined {
  return boxes.get(db);
}

/** The value as stored: sealed when the database has a box. */
export function sealSecret(db: Database, text: string): string {
  const box = boxes.get(db);
  return box ? box.seal(text) : text;
}

/** The plaintext; a plaintext row (older install) as it is; undefined when sealed under a key we do not hold. */
export function openSecret(db: Database, stored: string): string | undefined {
  if (!isSealed(stored)) return stored;
  return boxes.get(db)?.open(stored);
}
