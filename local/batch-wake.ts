/**
 * The batch rule's wait on the embedded runtime, woken by what it waits for instead of polling
 * (issue 14 item 5). A must-link document with no case looks again (Link after WaitForCase) while a
 * document of its batch that started before its first look is still before Link
 * (domain/registry/case-in-flight.ts). In AWS the Wait state pauses 2 s between looks; locally it
 * paused 100 ms, so a follow-up read the batch's roll ten times a second for nothing new (a waiting scan
 * looked up to 9 times in the scans-only bench; woken, 1–3). Here the pause ends as soon as a batch-mate that may be what it
 * waits for passes its first Link (or fails before it: RecordFailure takes it off the roll too), and
 * at the latest after a bound. Only the moment of the next look changes: the look itself is the same
 * Link handler reading the same roll, the number of looks is bounded as before (`batchWaitRounds`), so
 * the outcomes are those of the rule; a missed or spurious wake costs one bound or one look, nothing else.
 *
 * "May be what it waits for": any batch-mate whose execution started by the waiter's first look
 * (`since`): the roll's entry is made inside Inspect, after its execution started, so this is the roll's
 * own set or more. Passes are numbered per batch, and a waiter counts from the start of its last look:
 * a batch-mate passing while the look ran (after it read the roll) still ends the pause at once.
 */
export interface BatchWake {
  /** A document of `batch`, of the execution `by` that started at `startedAt` (ms since the epoch), passed its first Link or failed. */
  passed(batch: string, startedAt: number, by: string): void;
  /** The pass count of `batch` now: taken when a look starts. */
  mark(batch: string): number;
  /**
   * Resolves when a document of `batch` that started by `since` (ms), of another execution than `by`,
   * has passed after `mark`, or after `boundMs`, whichever is first. Resolves at once if one already has.
   */
  pause(wait: { batch: string; since: number; mark: number; by: string; boundMs: number }): Promise<void>;
}

/** Passes kept a batch: a look older than this many passes wakes at once (conservative, never late). */
const keptPasses = 1_000;

export function batchWake(): BatchWake {
  /** Per batch: how many passes in all, and the last `keptPasses` of them. */
  const batches = new Map<string, { count: number; passes: { startedAt: number; by: string }[] }>();
  const waiters = new Set<{ batch: string; since: number; by: string; wake: () => void }>();
  const of = (batch: string) => {
    const known = batches.get(batch);
    if (known) return known;
    const entry = { count: 0, passes: [] as { startedAt: number; by: string }[] };
    batches.set(batch, entry);
    return entry;
  };
  const mayWake = (pass: { startedAt: number; by: string }, waiter: { since: number; by: string }) => pass.by !== waiter.by && pass.startedAt <= waiter.since;
  const passedSince = (batch: string, mark: number, waiter: { since: number; by: string }) => {
    const entry = of(batch);
    const unseen = entry.count - mark;
    if (unseen <= 0) return false;
    if (unseen > entry.passes.length) return true;
    return entry.passes.slice(-unseen).some((pass) => mayWake(pass, waiter));
  };
  return {
    passed(batch, startedAt, by) {
      const entry = of(batch);
      const pass = { startedAt, by };
      entry.count += 1;
      entry.passes.push(pass);
      if (entry.passes.length > keptPasses) entry.passes.shift();
      for (const waiter of waiters) if (waiter.batch === batch && mayWake(pass, waiter)) waiter.wake();
    },
    mark: (batch) => of(batch).count,
    pause({ batch, since, mark, by, boundMs }) {
      if (boundMs <= 0 || passedSince(batch, mark, { since, by })) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const waiter = {
          batch,
          since,
          by,
          wake: () => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve();
          },
        };
        const timer = setTimeout(waiter.wake, boundMs);
        waiters.add(waiter);
      });
    },
  };
}
