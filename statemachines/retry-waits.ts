import intake from './intake.asl.json' with { type: 'json' };

/** One retrier of a state's Retry, as the ASL writes it (the fields it leaves out take the ASL's defaults). */
export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
}

/**
 * The longest a state's Retry waits in all for an error before it gives up: each wait's bound (IntervalSeconds ×
 * BackoffRate^k, at most MaxDelaySeconds) summed over MaxAttempts, for the first retrier that takes the error (as
 * Step Functions picks it). Full jitter only shortens a wait, so this is the most it can be; 0 when none takes it.
 */
export function longestRetryWaitSeconds(state: { Retry?: readonly Retrier[] }, error: string): number {
  const retrier = state.Retry?.find((r) => r.ErrorEquals.includes(error) || r.ErrorEquals.includes('States.ALL'));
  if (!retrier) return 0;
  const { IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2, MaxDelaySeconds = Number.POSITIVE_INFINITY } = retrier;
  return Array.from({ length: MaxAttempts }, (_, k) => Math.min(IntervalSeconds * BackoffRate ** k, MaxDelaySeconds)).reduce((a, b) => a + b, 0);
}

/**
 * How long Inspect waits for the first upload of the same bytes (its DuplicateInFlight Retry) before this upload
 * ends at DuplicateInFlight: the API's Retry-After for that end is taken from it (service/operations/intake.ts).
 */
export const duplicateInFlightWaitSeconds = longestRetryWaitSeconds(intake.States.Inspect, 'DuplicateInFlight');
