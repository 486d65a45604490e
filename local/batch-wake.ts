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
 * own set or more. Passes are numbered (one count for the process), and a waiter counts from the start
 * of its last look: a batch-mate passing while the look ran (after it read the roll) still ends the
 * pause at once.
 *
 * Only a batch-mate running in this process can wake a pause. The roll may name others: a
 * `process --batch NAME` killed and run again within the roll's window, an execution that ended
 * without Link or RecordFailure. While no such in-process mate is live (entered at Inspect, not yet
 * passed, not ended), no wake can come, so the pause is the short local one (`unwokenBoundMs`, what
 * every look paused before the wake existed): 60 looks then take seconds, not 60 bounds of 2 s.
 */
export interface BatchWake {
  /** An execution of this process, started at `startedAt` (ms), is about to enter `batch`'s roll (its Inspect). */
  began(batch: string, startedAt: number, by: string): void;
  /** A document of `batch`, of the execution `by` that started at `startedAt` (ms since the epoch), passed its first Link or failed. */
  passed(batch: string, startedAt: number, by: string): void;
  /** The execution `by` has ended: whatever it did not pass, it will not now (one put on the roll ahead: see `off`). */
  ended(by: string): void;
  /**
   * A file the CLI put on `batch`'s roll before its execution `by` started (local/batch-roll-ahead.ts),
   * `at` (ms) then: a live batch-mate from that moment, as if its execution had started.
   */
  ahead(batch: string, at: number, by: string): void;
  /**
   * That file is off the roll: its execution ended without passing Link (rejected, a duplicate, failed
   * before Inspect) or never ran. Waiters look again at once, as for a pass. Nothing when it passed.
   */
  off(batch: string, by: string): void;
  /** The pass count now: taken when a look of `batch` starts. */
  mark(batch: string): number;
  /**
   * Resolves when a document of `batch` that started by `since` (ms), of another execution than `by`,
   * has passed after `mark`, or after `boundMs`, whichever is first. Resolves at once if one already has.
   * With no live in-process batch-mate that started by `since`, the bound is at most `unwokenBoundMs`.
   */
  pause(wait: { batch: string; since: number; mark: number; by: string; boundMs: number }): Promise<void>;
  /** How many batches are kept (an entry lives while the batch has a waiter or a live execution). */
  readonly size: number;
}

/** The pause when no wake can come (ms): the embedded runtime's Wait, as before the wake. */
export const unwokenBoundMs = 100;

/** Passes kept a batch: a look older than this many passes wakes at once (conservative, never late). */
const keptPasses = 1_000;

interface Pass {
  seq: number;
  startedAt: number;
  by: string;
}

interface Waiter {
  since: number;
  by: string;
  /** When the bound ends (Date.now() ms). */
  deadline: number;
  timer: NodeJS.Timeout;
  wake: () => void;
}

interface BatchEntry {
  /** In-process executions on the roll, not yet passed nor ended: id → started at (ms). */
  live: Map<string, number>;
  waiters: Set<Waiter>;
  passes: Pass[];
  /** The highest pass number no longer kept (0: none dropped). */
  dropped: number;
}

export function batchWake(options: { unwokenBoundMs?: number } = {}): BatchWake {
  const shortMs = options.unwokenBoundMs ?? unwokenBoundMs;
  const batches = new Map<string, BatchEntry>();
  /** Each live execution's batch: `ended` finds it there. */
  const liveIn = new Map<string, string>();
  /** Executions put on the roll ahead: live until `off`, even past their end (the roll's entry is taken off after it). */
  const aheadOf = new Set<string>();
  let seq = 0;

  const of = (batch: string) => {
    const known = batches.get(batch);
    if (known) return known;
    const entry: BatchEntry = { live: new Map(), waiters: new Set(), passes: [], dropped: 0 };
    batches.set(batch, entry);
    return entry;
  };
  /**
   * Nothing to keep once no one waits and no execution may pass: a pass recorded then is lost to a look
   * under way, whose pause then has no live mate and is the short one (a wake at most that late).
   */
  const prune = (batch: string) => {
    const entry = batches.get(batch);
    if (entry && entry.live.size === 0 && entry.waiters.size === 0) batches.delete(batch);
  };
  const mayWake = (pass: { startedAt: number; by: string }, waiter: { since: number; by: string }) => pass.by !== waiter.by && pass.startedAt <= waiter.since;
  const hasLiveMate = (entry: BatchEntry | undefined, waiter: { since: number; by: string }) => [...(entry?.live ?? [])].some(([by, startedAt]) => mayWake({ by, startedAt }, waiter));
  const passedSince = (entry: BatchEntry | undefined, mark: number, waiter: { since: number; by: string }) => {
    if (!entry) return false;
    if (entry.dropped > mark) return true;
    return entry.passes.some((pass) => pass.seq > mark && mayWake(pass, waiter));
  };
  /** A live mate left: waiters with none left can no longer be woken, so their bound is cut to the short one. */
  const shorten = (entry: BatchEntry) => {
    for (const waiter of entry.waiters) {
      if (hasLiveMate(entry, waiter)) continue;
      const left = waiter.deadline - Date.now();
      if (left <= shortMs) continue;
      clearTimeout(waiter.timer);
      waiter.deadline = Date.now() + shortMs;
      waiter.timer = setTimeout(waiter.wake, shortMs);
    }
  };
  const leave = (batch: string, by: string) => {
    const entry = batches.get(batch);
    liveIn.delete(by);
    if (entry?.live.delete(by)) shorten(entry);
  };

  const began = (batch: string, startedAt: number, by: string) => {
    if (liveIn.has(by)) return;
    of(batch).live.set(by, startedAt);
    liveIn.set(by, batch);
  };
  const passed = (batch: string, startedAt: number, by: string) => {
    const entry = of(batch);
    const pass = { seq: ++seq, startedAt, by };
    entry.passes.push(pass);
    if (entry.passes.length > keptPasses) entry.dropped = entry.passes.shift()!.seq;
    for (const waiter of entry.waiters) if (mayWake(pass, waiter)) waiter.wake();
    if (liveIn.get(by) === batch) leave(batch, by);
    prune(batch);
  };

  return {
    began,
    passed,
    ended(by) {
      if (aheadOf.has(by)) return;
      const batch = liveIn.get(by);
      if (batch === undefined) return;
      leave(batch, by);
      prune(batch);
    },
    ahead(batch, at, by) {
      aheadOf.add(by);
      began(batch, at, by);
    },
    off(batch, by) {
      aheadOf.delete(by);
      const startedAt = liveIn.get(by) === batch ? batches.get(batch)?.live.get(by) : undefined;
      if (startedAt !== undefined) passed(batch, startedAt, by);
    },
    mark: () => seq,
    pause({ batch, since, mark, by, boundMs }) {
      const known = batches.get(batch);
      if (boundMs <= 0 || passedSince(known, mark, { since, by })) return Promise.resolve();
      const bound = hasLiveMate(known, { since, by }) ? boundMs : Math.min(boundMs, shortMs);
      const entry = of(batch);
      return new Promise<void>((resolve) => {
        const waiter: Waiter = {
          since,
          by,
          deadline: Date.now() + bound,
          timer: setTimeout(() => waiter.wake(), bound),
          wake: () => {
            clearTimeout(waiter.timer);
            entry.waiters.delete(waiter);
            prune(batch);
            resolve();
          },
        };
        entry.waiters.add(waiter);
      });
    },
    get size() {
      return batches.size;
    },
  };
}
