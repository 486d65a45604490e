import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openerWake } from '#local/opener-wake';

/**
 * The local pause of a follow-up waiting for an announced opener (local/opener-wake.ts): woken by that
 * opener's own end when it runs in this process, else the short poll. Fake timers: the bounds are
 * timers the test moves, never a real wait.
 */
describe('the wait for an announced opener, woken by the opener’s own end', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Whether the pause has ended once `ms` of fake time went by (pending promise callbacks run). */
  async function endedAfter(pause: Promise<void>, ms = 0): Promise<boolean> {
    let done = false;
    void pause.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(ms);
    return done;
  }

  it('ends when its opener ends, not when another document or execution of the process ends', async () => {
    const wake = openerWake();
    wake.atLink('opener', 'exec-o');
    wake.atLink('other', 'exec-x');
    const pause = wake.pause({ openers: ['opener'], since: wake.mark(), boundMs: 60_000, pollMs: 100 });
    wake.ended('other');
    wake.executionEnded('exec-x');
    wake.executionEnded('exec-unrelated');
    // Past the poll's 100 ms: an opener of this process is waited for, not polled.
    expect(await endedAfter(pause, 1_000)).toBe(false);
    wake.ended('opener');
    expect(await endedAfter(pause)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends when the opener’s execution ends without its last task (a failure that was not recorded)', async () => {
    const wake = openerWake();
    wake.atLink('part-2', 'exec-o');
    const pause = wake.pause({ openers: ['part-2'], since: wake.mark(), boundMs: 60_000, pollMs: 100 });
    expect(await endedAfter(pause, 500)).toBe(false);
    wake.executionEnded('exec-o');
    expect(await endedAfter(pause)).toBe(true);
  });

  it('ends at once when the opener ended between the look and the pause', async () => {
    const wake = openerWake();
    wake.atLink('opener', 'exec-o');
    const lookStarted = wake.mark();
    wake.ended('opener');
    expect(await endedAfter(wake.pause({ openers: ['opener'], since: lookStarted, boundMs: 60_000, pollMs: 100 }))).toBe(true);
  });

  it('leaves out an opener that had ended before the look (ended without an outcome) and waits for the live one', async () => {
    // Review s18 M1: the stale one ended every pause at once, ten looks in 0 ms while the live one ran.
    const wake = openerWake();
    wake.atLink('stale', 'exec-0');
    wake.executionEnded('exec-0');
    wake.atLink('live', 'exec-1');
    for (let look = 0; look < 3; look++) {
      const pause = wake.pause({ openers: ['stale', 'live'], since: wake.mark(), boundMs: 2_000, pollMs: 100 });
      expect(await endedAfter(pause, 1_999)).toBe(false);
      expect(await endedAfter(pause, 1)).toBe(true);
    }
    const woken = wake.pause({ openers: ['stale', 'live'], since: wake.mark(), boundMs: 2_000, pollMs: 100 });
    wake.ended('live');
    expect(await endedAfter(woken)).toBe(true);
  });

  it('polls when every opener it names had ended before the look: none is left to wake it', async () => {
    const wake = openerWake();
    wake.atLink('stale', 'exec-0');
    wake.ended('stale');
    const pause = wake.pause({ openers: ['stale'], since: wake.mark(), boundMs: 60_000, pollMs: 100 });
    expect(await endedAfter(pause, 99)).toBe(false);
    expect(await endedAfter(pause, 1)).toBe(true);
  });

  it('polls as before when an opener runs in another process (never seen at Link here): its end cannot wake it', async () => {
    const wake = openerWake();
    wake.atLink('here', 'exec-h');
    const pause = wake.pause({ openers: ['here', 'elsewhere'], since: wake.mark(), boundMs: 60_000, pollMs: 100 });
    expect(await endedAfter(pause, 99)).toBe(false);
    expect(await endedAfter(pause, 1)).toBe(true);
    // The one of this process still ends such a pause early.
    const early = wake.pause({ openers: ['here', 'elsewhere'], since: wake.mark(), boundMs: 60_000, pollMs: 100 });
    wake.ended('here');
    expect(await endedAfter(early)).toBe(true);
  });

  it('polls when the look named no opener (a wait written before looks named them)', async () => {
    const pause = openerWake().pause({ openers: [], since: 0, boundMs: 60_000, pollMs: 100 });
    expect(await endedAfter(pause, 99)).toBe(false);
    expect(await endedAfter(pause, 1)).toBe(true);
  });

  it('ends after its bound when the opener of this process never ends, and at once with a bound of 0', async () => {
    const wake = openerWake();
    wake.atLink('slow', 'exec-s');
    const pause = wake.pause({ openers: ['slow'], since: wake.mark(), boundMs: 2_000, pollMs: 100 });
    expect(await endedAfter(pause, 1_999)).toBe(false);
    expect(await endedAfter(pause, 1)).toBe(true);
    expect(await endedAfter(wake.pause({ openers: ['slow'], since: wake.mark(), boundMs: 0, pollMs: 100 }))).toBe(true);
  });

  it('waits again for a document that is back at Link in a new execution (an archivist’s decision)', async () => {
    const wake = openerWake();
    wake.atLink('doc', 'exec-1');
    wake.executionEnded('exec-1');
    wake.atLink('doc', 'exec-2');
    const pause = wake.pause({ openers: ['doc'], since: wake.mark(), boundMs: 60_000, pollMs: 100 });
    expect(await endedAfter(pause, 1_000)).toBe(false);
    wake.ended('doc');
    expect(await endedAfter(pause)).toBe(true);
  });

  it('keeps nothing once every document of an execution ended and no one waits', () => {
    const wake = openerWake({ keptEnded: 2 });
    wake.atLink('a', 'e1');
    wake.atLink('b', 'e1');
    wake.ended('a');
    wake.executionEnded('e1');
    expect(wake.live).toBe(0);
    for (const id of ['c', 'd', 'e']) {
      wake.atLink(id, 'e2');
      wake.ended(id);
    }
    expect(wake.kept).toBe(2);
  });
});
