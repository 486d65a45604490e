import { describe, expect, it } from 'vitest';
import aslValidator from 'asl-validator';
import { readIntakeAsl } from '../../infra/asl.ts';
import { lambdaFunctions } from '../../functions/lambda-functions.ts';
import { duplicateInFlightWaitSeconds, longestRetryWaitSeconds } from '../../statemachines/retry-waits.ts';

interface State {
  Type: string;
  Resource?: string;
  Retry?: { ErrorEquals: string[]; BackoffRate?: number; JitterStrategy?: string; MaxDelaySeconds?: number; MaxAttempts?: number }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  ItemProcessor?: { States: Record<string, State> };
  Iterator?: { States: Record<string, State> };
}

const definition = JSON.parse(readIntakeAsl()) as { States: Record<string, State> };

/** Every Task, with the Catch that covers it: its own, or that of the Map it runs in. */
function tasks(states: Record<string, State>, enclosingCatch?: State['Catch']): { name: string; state: State; catches: State['Catch'] }[] {
  return Object.entries(states).flatMap(([name, state]) => {
    if (state.Type === 'Task') return [{ name, state, catches: state.Catch ?? enclosingCatch }];
    const inner = state.ItemProcessor ?? state.Iterator;
    return inner ? tasks(inner.States, state.Catch ?? enclosingCatch) : [];
  });
}

describe('statemachines/intake.asl.json', () => {
  it('is valid Amazon States Language (asl-validator)', () => {
    const { isValid, errorsText } = aslValidator(definition);
    expect(isValid, errorsText('\n')).toBe(true);
  });

  it('retries every task on Lambda service errors and throttling, with backoff and full jitter', () => {
    const all = tasks(definition.States);
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const { name, state } of all) {
      const lambdaRetry = state.Retry?.find((r) => r.ErrorEquals.includes('Lambda.TooManyRequestsException'));
      expect(lambdaRetry, name).toBeDefined();
      expect(lambdaRetry!.ErrorEquals, name).toEqual(expect.arrayContaining(['Lambda.ServiceException', 'Lambda.SdkClientException']));
      for (const retry of state.Retry!) {
        expect(retry.BackoffRate, name).toBeGreaterThan(1);
        expect(retry.JitterStrategy, name).toBe('FULL');
        expect(retry.MaxDelaySeconds, name).toBeGreaterThan(0);
      }
    }
  });

  it('retries a timed-out task only where the retries fit in the Express execution\'s 5 minutes', () => {
    const expressLimitSeconds = 300;
    for (const { name, state } of tasks(definition.States)) {
      const timeout = (state as State & { TimeoutSeconds?: number }).TimeoutSeconds;
      expect(timeout, name).toBeGreaterThan(0);
      for (const retry of (state.Retry ?? []).filter((r) => r.ErrorEquals.includes('States.Timeout') || r.ErrorEquals.includes('States.ALL'))) {
        const attempts = retry.MaxAttempts ?? 3;
        const interval = (retry as { IntervalSeconds?: number }).IntervalSeconds ?? 1;
        const waits = Array.from({ length: attempts }, (_, k) => Math.min(interval * (retry.BackoffRate ?? 2) ** k, retry.MaxDelaySeconds ?? Infinity));
        const worst = timeout! * (1 + attempts) + waits.reduce((a, b) => a + b, 0);
        expect(worst, `${name}: ${attempts} retries of a ${timeout} s timeout take up to ${worst} s`).toBeLessThanOrEqual(expressLimitSeconds);
      }
    }
  });

  it('gives each task the timeout of its Lambda function, so neither outlives the other', () => {
    for (const { name, state } of tasks(definition.States)) {
      const spec = lambdaFunctions.find((f) => state.Resource === `\${${f.substitution}}`);
      expect(spec, name).toBeDefined();
      expect((state as State & { TimeoutSeconds?: number }).TimeoutSeconds, name).toBe(spec!.timeoutSeconds);
    }
  });

  it('catches every failure of every task (directly or through its Map) into RecordFailure, which alone may fail the execution', () => {
    for (const { name, catches } of tasks(definition.States)) {
      if (name === 'RecordFailure') {
        // Its own failure fails the execution, which the ExecutionsFailed alarm reports; a Catch here would loop.
        expect(catches).toBeUndefined();
        continue;
      }
      // A part's stages (inside the Parts Map) record the part's failure; the part's recorder failing
      // fails the Map, which the file's RecordFailure catches.
      // A page's failure makes a failed item (PageNotRead), so the Map completes with the pages read
      // beside it and ReadFailed takes them to RecordFailure (stages/record-failure.ts keeps their texts).
      const recorder = name === 'ExtractPage' ? 'PageNotRead' : name.startsWith('Part') && name !== 'PartRecordFailure' ? 'PartRecordFailure' : 'RecordFailure';
      // Inspect alone ends an upload whose bytes are still being processed by their first upload as that
      // document's duplicate, not as a technical failure.
      const before = name === 'Inspect' ? [expect.objectContaining({ ErrorEquals: ['DuplicateInFlight'], Next: 'DuplicateInFlight' })] : [];
      expect(catches, name).toEqual([...before, expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: recorder })]);
    }
  });

  it('lets Inspect wait for the first upload of the same bytes, its tries inside the Express execution\'s 5 minutes', () => {
    const inspect = definition.States.Inspect as unknown as State & { TimeoutSeconds: number };
    expect(inspect.Retry?.find((r) => r.ErrorEquals.includes('DuplicateInFlight'))).toBeDefined();
    // README "Idempotency" gives this figure: 10 + 15 + 22.5 + 33.75 + 40 + 40 s; the API's Retry-After is taken from it.
    const total = longestRetryWaitSeconds(inspect, 'DuplicateInFlight');
    expect(total).toBe(161.25);
    expect(total).toBe(duplicateInFlightWaitSeconds);
    // Each try is a download and a claim, seconds; the waits leave a whole Inspect's timeout for the last one.
    expect(total + inspect.TimeoutSeconds).toBeLessThanOrEqual(300);
  });

  it('resumes an archivist decision at Link, the same mechanism as locally', () => {
    const start = definition.States[(definition as unknown as { StartAt: string }).StartAt] as unknown as { Type: string; Choices: { Variable: string; IsPresent: boolean; Next: string }[] };
    expect(start.Type).toBe('Choice');
    expect(start.Choices).toContainEqual({ Variable: '$.decision', IsPresent: true, Next: 'Link' });
  });
});
