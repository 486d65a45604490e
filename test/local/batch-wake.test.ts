import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchWake, unwokenBoundMs } from '#local/batch-wake';

/**
 * The batch rule's local pause (local/batch-wake.ts): woken by a batch-mate that may be what the
 * follow-up waits for passing its first Link, else by the bound. Fake timers: the bound is a timer the
 * test moves, never a real wait.
 */
describe('the batch rule’s wait, woken by a batch-mate passing Link', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Whether the pause has ended, after pending promise callbacks have run. */
  async function ended(pause: Promise<void>): Promise<boolean> {
    let done = false;
    void pause.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it('ends when a batch-mate that started by the first look passes, not for one of another batch, a later one, or itself', async () => {
    const wake = batchWake();
    wake.began('name:b', 1_000, 'opener');
    const mark = wake.mark('name:b');
    const pause = wake.pause({ batch: 'name:b', since: 1_000, mark, by: 'follow-up', boundMs: 60_000 });
    wake.passed('name:other', 500, 'x'); // another batch
    wake.passed('name:b', 1_001, 'y'); // started after the first look: not on the roll it read
    wake.passed('name:b', 900, 'follow-up'); // its own first look
    expect(await ended(pause)).toBe(false);
    wake.passed('name:b', 1_000, 'opener');
    expect(await ended(pause)).toBe(true);
  });

  it('ends at once when such a batch-mate passed while the look ran (after the mark), and waits when none did', async () => {
    const wake = batchWake();
    wake.began('name:b', 5, 'still-running');
    const mark = wake.mark('name:b');
    wake.passed('name:b', 10, 'earlier-mate');
    expect(await ended(wake.pause({ batch: 'name:b', since: 20, mark, by: 'f', boundMs: 60_000 }))).toBe(true);
    // Counted from a later mark the same pass is old news.
    const pause = wake.pause({ batch: 'name:b', since: 20, mark: wake.mark('name:b'), by: 'f', boundMs: 60_000 });
    expect(await ended(pause)).toBe(false);
    wake.passed('name:b', 30, 'later'); // started after the first look
    expect(await ended(pause)).toBe(false);
  });

  it('ends after its bound when nothing passes, and at once with a bound of 0', async () => {
    const wake = batchWake();
    wake.began('name:b', 0, 'mate');
    const pause = wake.pause({ batch: 'name:b', since: 0, mark: 0, by: 'f', boundMs: 2_000 });
    let done = false;
    void pause.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(await ended(wake.pause({ batch: 'name:b', since: 0, mark: 0, by: 'f', boundMs: 0 }))).toBe(true);
  });

  it('wakes every waiter a pass concerns, and each only once', async () => {
    const wake = batchWake();
    wake.began('name:b', 80, 'm');
    wake.began('name:b', 40, 'n');
    const mark = wake.mark('name:b');
    const first = wake.pause({ batch: 'name:b', since: 100, mark, by: 'f1', boundMs: 60_000 });
    const second = wake.pause({ batch: 'name:b', since: 50, mark, by: 'f2', boundMs: 60_000 });
    wake.passed('name:b', 80, 'm');
    expect(await ended(first)).toBe(true);
    expect(await ended(second)).toBe(false);
    wake.passed('name:b', 40, 'n');
    expect(await ended(second)).toBe(true);
    // No timer is left behind by a woken pause.
    expect(vi.getTimerCount()).toBe(0);
  });

  /** Whether the pause ended once `ms` of its bound went by (fake timers), and not before. */
  async function endsAfter(pause: Promise<void>, ms: number): Promise<boolean> {
    let done = false;
    void pause.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(ms - 1);
    if (done) return false;
    await vi.advanceTimersByTimeAsync(1);
    return done;
  }

  it('pauses only the short bound when no batch-mate of this process may pass: no wake can come (the CLI default bound, 2 s)', async () => {
    const wake = batchWake();
    // The roll names a mate of another process (a `process --batch` killed and run again): nothing here is live.
    expect(await endsAfter(wake.pause({ batch: 'name:b', since: 1_000, mark: wake.mark('name:b'), by: 'f', boundMs: 2_000 }), unwokenBoundMs)).toBe(true);
    // A live mate that started after the first look, or the waiter itself, cannot be what it waits for.
    wake.began('name:b', 1_001, 'later');
    wake.began('name:b', 900, 'f');
    expect(await endsAfter(wake.pause({ batch: 'name:b', since: 1_000, mark: wake.mark('name:b'), by: 'f', boundMs: 2_000 }), unwokenBoundMs)).toBe(true);
    // One that may be: the whole bound, unless it passes.
    wake.began('name:b', 1_000, 'opener');
    expect(await endsAfter(wake.pause({ batch: 'name:b', since: 1_000, mark: wake.mark('name:b'), by: 'f', boundMs: 2_000 }), 2_000)).toBe(true);
    // Never longer than asked.
    const tiny = wake.pause({ batch: 'name:c', since: 0, mark: 0, by: 'f', boundMs: 10 });
    expect(await endsAfter(tiny, 10)).toBe(true);
  });

  it('cuts a pause to the short bound when the last mate that could wake it ends without passing', async () => {
    const wake = batchWake();
    wake.began('name:b', 10, 'opener');
    const pause = wake.pause({ batch: 'name:b', since: 20, mark: wake.mark('name:b'), by: 'f', boundMs: 2_000 });
    await vi.advanceTimersByTimeAsync(500);
    expect(await ended(pause)).toBe(false);
    wake.ended('opener');
    expect(await endsAfter(pause, unwokenBoundMs)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps a batch only while it has a waiter or a live execution (a long-running serve does not grow)', async () => {
    const wake = batchWake();
    for (let i = 0; i < 500; i += 1) {
      wake.began(`name:b${i}`, i, `run-${i}`);
      // Half pass their first Link, half end without (a rejected file).
      if (i % 2 === 0) wake.passed(`name:b${i}`, i, `run-${i}`);
      else wake.ended(`run-${i}`);
      // A failure recorded by a run never seen at Inspect.
      wake.passed(`name:f${i}`, i, `lost-${i}`);
    }
    expect(wake.size).toBe(0);
    wake.began('name:b', 0, 'opener');
    expect(wake.size).toBe(1);
    const pause = wake.pause({ batch: 'name:b', since: 10, mark: wake.mark('name:b'), by: 'f', boundMs: 2_000 });
    wake.ended('opener');
    expect(wake.size).toBe(1); // its waiter still pauses
    await vi.advanceTimersByTimeAsync(unwokenBoundMs);
    expect(await ended(pause)).toBe(true);
    expect(wake.size).toBe(0);
  });
  it('a file put on the roll ahead is a live mate before its execution starts; taken off without passing, it wakes the waiter; its execution ending does not drop it first', async () => {
    const wake = batchWake();
    wake.ahead('name:b', 1_000, 'appeal'); // on the roll, not started
    const pause = wake.pause({ batch: 'name:b', since: 2_000, mark: wake.mark('name:b'), by: 'declaration', boundMs: 60_000 });
    // A live mate: the long bound, not the short one.
    await vi.advanceTimersByTimeAsync(unwokenBoundMs * 5);
    expect(await ended(pause)).toBe(false);
    // Its execution ran and ended without passing Link (rejected): still live until the CLI takes it off the roll.
    wake.began('name:b', 1_000, 'appeal');
    wake.ended('appeal');
    await vi.advanceTimersByTimeAsync(unwokenBoundMs * 5);
    expect(await ended(pause)).toBe(false);
    wake.off('name:b', 'appeal');
    expect(await ended(pause)).toBe(true);
    expect(wake.size).toBe(0);
  });

  it('off after the file passed Link wakes no one again', async () => {
    const wake = batchWake();
    wake.ahead('name:b', 1_000, 'appeal');
    wake.ahead('name:b', 1_000, 'other');
    wake.passed('name:b', 1_000, 'appeal');
    const mark = wake.mark('name:b');
    const pause = wake.pause({ batch: 'name:b', since: 2_000, mark, by: 'declaration', boundMs: 60_000 });
    wake.off('name:b', 'appeal');
    expect(await ended(pause)).toBe(false);
    wake.off('name:b', 'other');
    expect(await ended(pause)).toBe(true);
  });
});
