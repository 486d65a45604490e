import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchWake } from '#local/batch-wake';

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
});
