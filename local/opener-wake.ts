/**
 * The wait for an announced opener on the embedded runtime, woken by that opener's own end (issue 14
 * item 5). A must-link document that finds the document opening its case announced and without an
 * outcome looks again after a Wait (domain/registry/case-in-flight.ts, at most `caseInFlightRounds`
 * times). In AWS the Wait is 2 s; locally it was a 100 ms poll, and a follow-up behind an opener that took
 * longer (its Register, Deadlines, WriteLetters and Route on a loaded machine) spent all its looks, a whole
 * Link each, on nothing new. The look names the openers it waits for (`inFlight.openers`); when every one
 * runs in this process the pause ends when one of them ends, at the latest after the Wait's own bound.
 *
 * Only the opener's own end wakes it (session 17's wake on any execution's end let a burst of unrelated
 * endings spend all ten looks in 84 ms while the opener was still running). An opener's end is a last
 * task of its document that succeeded (its outcome is written: Route, Review, Reject, RecordFailure) or
 * the end of its execution (whatever it did not write, it will not now). An opener this process never saw
 * at Link runs in another process: nothing here can wake for it, so the pause is the short poll, as before.
 */
export interface OpenerWake {
  /** The document `documentId` of this process's execution `by` is at a look of Link: where an opener announces itself. */
  atLink(documentId: string, by: string): void;
  /** A last task of the document succeeded: its outcome is written. */
  ended(documentId: string): void;
  /** The execution `by` ended: every document of it seen at Link has ended. */
  executionEnded(by: string): void;
  /** Taken when a look starts: the ends since are the ones that look may not have seen (`pause`'s `since`). */
  mark(): number;
  /**
   * Resolves when one of `openers` ends, or after `boundMs`; at once when one ended after `since` (the
   * look read it just before). One that had ended before the look started ended without an outcome (else
   * the look would not name it): nothing is left to wait for in it, so it is left out. When one of the
   * rest was never at Link in this process, or none is left, at the latest after `pollMs`.
   */
  pause(wait: { openers: readonly string[]; since: number; boundMs: number; pollMs: number }): Promise<void>;
  /** Documents at or past Link in this process, not yet ended. */
  readonly live: number;
  /** Ended documents remembered (for a look that read an opener just before it ended). */
  readonly kept: number;
}

interface Waiter {
  openers: ReadonlySet<string>;
  wake: () => void;
}

/** A look reads the announcements a few ms before it pauses: an opener that ended since is remembered this long (by count). */
const keptEndedDefault = 1_000;

export function openerWake(options: { keptEnded?: number } = {}): OpenerWake {
  const keptEnded = options.keptEnded ?? keptEndedDefault;
  /** Document id → the execution it runs in. */
  const live = new Map<string, string>();
  /** Ended document id → its end's sequence number, oldest first: one forgotten reads as "not of this process", so its waiter polls (never late beyond the poll). */
  const endedAt = new Map<string, number>();
  /** Counts ends: a sequence, not a clock, so an end and a look's start in the same millisecond are still ordered. */
  let seq = 0;
  const waiters = new Set<Waiter>();

  const end = (documentId: string) => {
    if (!live.delete(documentId)) return;
    endedAt.set(documentId, ++seq);
    if (endedAt.size > keptEnded) endedAt.delete(endedAt.keys().next().value as string);
    for (const waiter of waiters) if (waiter.openers.has(documentId)) waiter.wake();
  };

  return {
    atLink(documentId, by) {
      endedAt.delete(documentId);
      live.set(documentId, by);
    },
    ended: end,
    executionEnded(by) {
      for (const [documentId, execution] of [...live]) if (execution === by) end(documentId);
    },
    mark: () => seq,
    pause({ openers, since, boundMs, pollMs }) {
      if (!(boundMs > 0) || openers.some((id) => (endedAt.get(id) ?? 0) > since)) return Promise.resolve();
      const waitFor = openers.filter((id) => !endedAt.has(id));
      // None left (all ended before the look, or none named by a wait written before looks named them): nothing can wake it.
      const bound = waitFor.length > 0 && waitFor.every((id) => live.has(id)) ? boundMs : Math.min(boundMs, pollMs);
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => waiter.wake(), bound);
        const waiter: Waiter = {
          openers: new Set(waitFor),
          wake: () => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve();
          },
        };
        waiters.add(waiter);
      });
    },
    get live() {
      return live.size;
    },
    get kept() {
      return endedAt.size;
    },
  };
}
