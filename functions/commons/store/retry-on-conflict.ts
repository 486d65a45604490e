import { TransientError } from '#domain/errors';

/** What one round of a conditional write answers when another writer got there first. */
export const CONFLICT: unique symbol = Symbol('conflict');
export type Conflict = typeof CONFLICT;

export interface RetryOptions {
  /** Rounds before giving up with a TransientError (the state machine then retries the whole task). */
  attempts: number;
  /** Said in the TransientError; names a case or a year, never a document's content. */
  what: string;
  /** Upper bound of the random pause between rounds, in ms; 0 retries at once. */
  maxPauseMs?: number;
}

/**
 * Optimistic concurrency in one place: run `round` until it answers something other than CONFLICT,
 * pausing a random, growing while between rounds so contending writers spread out.
 */
export async function retryOnConflict<T>(options: RetryOptions, round: (attempt: number) => Promise<T | Conflict>): Promise<T> {
  for (let attempt = 0; attempt < options.attempts; attempt += 1) {
    const answer = await round(attempt);
    if (answer !== CONFLICT) return answer;
    const cap = options.maxPauseMs ?? 0;
    if (cap > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(cap, 2 + attempt * 2)));
  }
  throw new TransientError(`${options.what} kept changing under this write (${options.attempts} attempts)`);
}
