import { z } from 'zod';
import { seededRandom } from '../domain/seeded-random.ts';

/**
 * Fault injection for the embedded stack (issue 14): every task of the state machines fails or times
 * out at a given rate, so tests can prove that Retry, Catch, RecordFailure and the conditional writes
 * lose nothing and duplicate nothing. Off by default; set POSTMOTTAK_FAULTS to a JSON object. Refused
 * anywhere but the embedded stack: a Lambda (AWS_LAMBDA_FUNCTION_NAME set) never honours it.
 *
 * Kinds, as Lambda and Step Functions show them:
 * - before:  the invocation fails before the handler runs (Lambda.ServiceException; retried);
 * - lost:    the handler ran and wrote, the response was lost (Lambda.ServiceException; retried, so the
 *            stage runs twice: what idempotency is for);
 * - timeout: the handler ran, the task timed out (States.Timeout; retried);
 * - fatal:   an error no Retry matches (Catch -> RecordFailure -> review). Not injected into
 *            RecordFailure, which has no Catch: its failure is what `reconcile` finds.
 */
export const FaultSettings = z.object({
  rate: z.number().min(0).max(1),
  seed: z.number().int().default(1),
  /** Shares of the kinds among injected faults (normalised). */
  kinds: z
    .object({ before: z.number().min(0), lost: z.number().min(0), timeout: z.number().min(0), fatal: z.number().min(0) })
    .default({ before: 0.35, lost: 0.3, timeout: 0.25, fatal: 0.1 }),
  /** Kill the process (SIGKILL) when this task state is entered: a crash mid-flow, for reconcile's test. */
  crashAt: z.string().optional(),
  /** The signal crashAt sends: SIGKILL (a crash) by default, or SIGINT (Ctrl-C; the command ends itself). */
  crashSignal: z.enum(['SIGKILL', 'SIGINT']).default('SIGKILL'),
  /** The first task of this state fails with an error no Retry matches (as `fatal`), whatever the rate: a test picks where a branch fails. */
  fatalAt: z.string().optional(),
});
export type FaultSettings = z.infer<typeof FaultSettings>;
export type FaultKind = keyof FaultSettings['kinds'];

export class FaultSettingError extends Error {
  override name = 'FaultSettingError';
}

/** The setting, or null when off. Throws when it is set where it must not be honoured. */
export function faultSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): FaultSettings | null {
  const raw = env.POSTMOTTAK_FAULTS;
  if (raw === undefined || raw === '') return null;
  if (env.AWS_LAMBDA_FUNCTION_NAME || env.POSTMOTTAK_LOCAL_STACK !== 'true') {
    throw new FaultSettingError('POSTMOTTAK_FAULTS is honoured only by the embedded local stack, never when deployed');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new FaultSettingError('POSTMOTTAK_FAULTS must be a JSON object such as {"rate":0.2}');
  }
  const settings = FaultSettings.safeParse(parsed);
  if (!settings.success) throw new FaultSettingError(`POSTMOTTAK_FAULTS: ${settings.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return settings.data;
}

export interface FaultTally {
  injected: Record<FaultKind, number>;
  byState: Record<string, number>;
}

export function emptyTally(): FaultTally {
  return { injected: { before: 0, lost: 0, timeout: 0, fatal: 0 }, byState: {} };
}

function faultError(kind: FaultKind, state: string): Error {
  const name = kind === 'timeout' ? 'States.Timeout' : kind === 'fatal' ? 'InjectedFault' : 'Lambda.ServiceException';
  return Object.assign(new Error(`injected ${kind} fault in ${state}`), { name });
}

type Task<I, O> = (input: I) => Promise<O>;

/** Wraps the local handlers of one definition's task states with the faults of `settings`. */
export function withFaults<I, O>(handlers: Record<string, Task<I, O>>, settings: FaultSettings, tally: FaultTally, noCatch: readonly string[]): Record<string, Task<I, O>> {
  const random = seededRandom(settings.seed);
  const kinds = Object.entries(settings.kinds) as [FaultKind, number][];
  const total = kinds.reduce((sum, [, share]) => sum + share, 0) || 1;
  const pick = (allowFatal: boolean): FaultKind => {
    let r = random() * total;
    for (const [kind, share] of kinds) {
      r -= share;
      if (r < 0) return kind === 'fatal' && !allowFatal ? 'before' : kind;
    }
    return 'before';
  };
  let fatalAtTaken = false;
  return Object.fromEntries(
    Object.entries(handlers).map(([state, handler]) => [
      state,
      async (input: I) => {
        if (settings.crashAt === state) {
          process.kill(process.pid, settings.crashSignal);
          // Ctrl-C's handler ends the process; until it does, this task never answers.
          await new Promise(() => {});
        }
        if (settings.fatalAt === state && !fatalAtTaken) {
          fatalAtTaken = true;
          tally.injected.fatal += 1;
          tally.byState[state] = (tally.byState[state] ?? 0) + 1;
          throw faultError('fatal', state);
        }
        if (random() >= settings.rate) return handler(input);
        const kind = pick(!noCatch.includes(state));
        tally.injected[kind] += 1;
        tally.byState[state] = (tally.byState[state] ?? 0) + 1;
        if (kind === 'before' || kind === 'fatal') throw faultError(kind, state);
        await handler(input);
        throw faultError(kind, state);
      },
    ]),
  );
}
