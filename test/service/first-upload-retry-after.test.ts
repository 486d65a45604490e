import { describe, expect, it } from 'vitest';
import { readIntakeAsl } from '../../statemachines/definitions.ts';
import { longestRetryWaitSeconds } from '../../statemachines/retry-waits.ts';
import { FirstUploadInFlight } from '../../service/ports.ts';
import { stillBeingProcessed } from '../../service/operations/intake.ts';

/**
 * Review s14: the 409 for a file whose bytes' first upload is still in flight said Retry-After: 60, shorter than
 * the 161 s Inspect's Retry waits for that first upload; and its bokmål was the command line's («kjør kommandoen
 * igjen»), which the page showed. The wait comes from the state machine's own Retry (one source).
 */
describe('the 409 of a first upload still in flight', () => {
  const inspect = (JSON.parse(readIntakeAsl()) as { States: { Inspect: Parameters<typeof longestRetryWaitSeconds>[0] } }).States.Inspect;
  const problem = stillBeingProcessed(new FirstUploadInFlight('/skann/klage.pdf'));

  it("asks the caller to wait at least as long as Inspect's Retry waits for the first upload", () => {
    const waited = longestRetryWaitSeconds(inspect, 'DuplicateInFlight');
    expect(waited).toBeGreaterThan(60);
    expect(problem.retryAfterSeconds).toBe(Math.ceil(waited));
  });

  it('says in bokmål, for the page, when to upload the file again, not what to do on the command line', () => {
    const nb = problem.detailIn('nb');
    expect(nb).not.toContain('kommandoen');
    expect(nb).toBe(`De samme bytene behandles fortsatt fra en tidligere opplasting av filen; last den opp igjen om ${Math.ceil(problem.retryAfterSeconds! / 60)} minutter, så får den svaret sitt.`);
    expect(problem.detailIn('en')).toContain('klage.pdf');
  });
});

describe('the longest a Retry waits', () => {
  it('sums each wait bounded by MaxDelaySeconds, with the ASL defaults for a field left out', () => {
    expect(longestRetryWaitSeconds({ Retry: [{ ErrorEquals: ['X'], IntervalSeconds: 10, MaxAttempts: 6, BackoffRate: 1.5, MaxDelaySeconds: 40 }] }, 'X')).toBe(161.25);
    // IntervalSeconds 1, MaxAttempts 3, BackoffRate 2: 1 + 2 + 4.
    expect(longestRetryWaitSeconds({ Retry: [{ ErrorEquals: ['States.ALL'] }] }, 'X')).toBe(7);
    expect(longestRetryWaitSeconds({ Retry: [{ ErrorEquals: ['Y'] }] }, 'X')).toBe(0);
  });
});
