import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { StateMachine } from 'aws-local-stepfunctions';
import type { Context } from 'aws-lambda';
import { lambdaFunctions, type LambdaFunctionName } from '../functions/lambda-functions.ts';
import { allStates, intakeAslPath, substituteDefinition, taskStates, type AslState } from '../statemachines/definitions.ts';
import { emptyTally, faultSettingsFromEnv, withFaults, type FaultTally } from './faults.ts';
import { batchWake, type BatchWake } from './batch-wake.ts';
import { openerWake, type OpenerWake } from './opener-wake.ts';
import { leaveLane } from './pipelining.ts';
import { batchKeyOf } from '../domain/intake/batch.ts';
import { leavesRoll } from '../stages/batch-roll.ts';
import { documentIdOf } from '../stages/document-id.ts';
import type { ExecutionState } from '../schemas/state.ts';

/**
 * Runs statemachines/intake.asl.json in-process with aws-local-stepfunctions, as AWS runs it (an
 * Express execution that start-intake, or an archivist's decision, starts with the state
 * domain/intake/start-request.ts makes). Placeholders are substituted exactly as the CDK stack's
 * definitionSubstitutions do, with local ARNs; each Lambda Task state is then bound, through its
 * Resource ARN, to the same exported `handler` that the Lambda function of that ARN runs in AWS.
 * There is no other path through the stages.
 */
export const definitionFile = intakeAslPath;

const region = 'eu-north-1';
const account = '000000000000';

export function localFunctionArn(name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:postmottak-${name}`;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

function lambdaContext(name: string): Context {
  const deadline = Date.now() + 15 * 60_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `postmottak-${name}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: localFunctionArn(name),
    memoryLimitInMB: '0',
    awsRequestId: randomUUID(),
    logGroupName: `/local/postmottak-${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function importHandler(name: LambdaFunctionName): Promise<LambdaHandler> {
  const module = (await import(`../functions/${name}/handler.ts`)) as { handler?: LambdaHandler };
  if (typeof module.handler !== 'function') throw new Error(`functions/${name}/handler.ts does not export a handler`);
  return module.handler;
}

export interface ExecutionRun {
  /** The document's line: the Express execution's output (which keeps no history; the document's journal does). */
  output: JsonValue;
  /** The states entered, in order (Map iterations included), as Step Functions' execution history shows them. */
  path: string[];
  /** When each task handler of this execution ran (performance.now() ms): what the pipeline benchmark splits a document's wall time by. */
  spans: TaskSpan[];
  /**
   * When it paused for its case before a look again (WaitForCase's pause, made just before Link or
   * PartLink, outside the task's span: `state` is that look's): the batch rule's or an announced
   * opener's wait, which the benchmark tells apart from the interpreter's passing between states.
   */
  pauses: TaskSpan[];
}

export interface TaskSpan {
  state: string;
  start: number;
  end: number;
}

/** A look of Link that found reason to look again, and what the pause before the next look waits for. */
interface PendingLook {
  /** Announced openers (woken by one's end, local/opener-wake.ts) or batch-mates before Link (woken by their passing). */
  kind: 'opener' | 'batch';
  /** The openers the look named (kind 'opener'). */
  openers: readonly string[];
  /** opener-wake's mark when the look started: an opener that ended since may have been read just before. */
  openersMark: number;
  batch: string;
  /** The first look's time (ms): batch-mates started by then are what it waits for. */
  since: number;
  /** The batch's pass count when the look started (local/batch-wake.ts). */
  mark: number;
}

/** The execution a handler runs for: runs overlap (concurrency), so the run is found by async context. */
interface ExecutionContext {
  id: string;
  /** Date.now() when the execution started: before its Inspect put it on its batch's roll. */
  startedAt: number;
  spans: TaskSpan[];
  /** The pauses before a look again (ExecutionRun.pauses). */
  pauses: TaskSpan[];
  /** Per document (a split file's parts are documents of one execution): the pause its next look takes. */
  looks: Map<string, PendingLook>;
  /** Set when the execution has answered (or failed): no task of it may start after (see `tracked`). */
  ended: boolean;
}
const currentExecution = new AsyncLocalStorage<ExecutionContext>();

/** What the executions of this process went through: Retry and Catch taken per state, faults injected. */
export interface ExecutionStats {
  retried: Record<string, number>;
  caught: Record<string, number>;
  faults: FaultTally;
  /** Time inside each task state's handler, summed (ms): what the pipeline benchmark splits wall time by. */
  taskMs: Record<string, number>;
  /** The process's CPU (all threads, ms) inside each task state's handler, summed: a stage's cost when documents run one at a time (`bench:pipeline --in-flight 1`). */
  taskCpuMs: Record<string, number>;
}

export interface LocalStateMachine {
  /** `execution`: the id and start (ms) a file put on its batch's roll ahead was given (`ahead`). */
  run(input: JsonValue, options?: { trace?: (line: string) => void; execution?: { id: string; startedAt: number } | undefined }): Promise<ExecutionRun>;
  /** A file of `batch` (its key) on the roll since `at` (ms), before its execution `by` starts: a live batch-mate (local/batch-wake.ts). */
  ahead(batch: string, at: number, by: string): void;
  /** That file is off the roll: ended without passing Link, or never ran. */
  off(batch: string, by: string): void;
  readonly stats: ExecutionStats;
  /**
   * Resolves once no task handler is running, or once `boundMs` has passed (default: the largest
   * TimeoutSeconds of the definition's tasks plus a margin): the stack may be stopped only then (see
   * `tracked`). Answers the states still running at the bound, none when every handler settled.
   */
  settled(boundMs?: number): Promise<string[]>;
}

type LocalHandlers = Record<string, (input: JsonValue) => Promise<JsonValue>>;

/**
 * How long a Wait state lasts here (ms). In AWS WaitForCase pauses 2 s, what a Lambda's Register
 * may take; on the loopback stack a case is opened in milliseconds, so a follow-up waiting for an
 * announced opener looks again sooner. A follow-up waiting for batch-mates before Link is woken when
 * one passes Link (local/batch-wake.ts), at the latest after the Wait's own Seconds, as in AWS, while
 * such a batch-mate runs in this process (else after this: none can wake it).
 */
const localWaitMs = 100;

export interface LocalStateMachineOptions {
  /** The pause before a look again, at most, in ms: for batch-mates before Link (default the ASL's Seconds, ended early by one passing Link; 100 ms when none of this process may pass); for announced openers (default the ASL's Seconds, ended early by one's end: local/opener-wake.ts; the least of this and localWaitMs when one runs in another process). */
  waitMs?: number;
  /**
   * Awaited before each task handler runs, with the state's name and input: a test holds one
   * execution at a chosen state while another runs (interleavings by a gate, not by timing).
   */
  beforeTask?: (state: string, input: JsonValue) => Promise<void> | void;
  /** How long `settled` waits for task handlers still running, in ms (default: the largest task TimeoutSeconds plus a margin). */
  settleBoundMs?: number;
  /** Told of every state that exits (Map iterations' included) with its input and output: what a test measures the state's size by. */
  stateExited?: StateObserver | undefined;
  /**
   * A scan gives its OCR-lane place up at the first task after its pages (local/pipelining.ts
   * leaveLane), not when it ends. Off by default: measured on (session 8, a-b-a-b, 500 mixed at c1) the
   * text median rose in every pair (138 → 189, 218 → 275 ms at load 2–6) with the overhead no lower —
   * the scans past their pages then run beside the text lane, which is what the batch waits for.
   */
  leaveOcrLaneWhenPagesRead?: boolean;
}

export type StateObserver = (state: string, input: JsonValue, output: JsonValue | undefined) => void;

/** Beyond the largest task timeout: a task at its timeout has that long to finish the write it is in. */
const settleMarginMs = 15_000;

/** A definition file with its placeholders substituted, and its Lambda Task states bound to their handlers. */
async function loadDefinition(file: string, substitutions: Record<string, string>) {
  const definition = JSON.parse(substituteDefinition(await readFile(file, 'utf8'), substitutions, file));
  const byArn = new Map(lambdaFunctions.map((fn) => [localFunctionArn(fn.name), fn.name]));
  const handlers: LocalHandlers = {};
  for (const task of taskStates(definition.States)) {
    const name = byArn.get(task.resource);
    if (!name) throw new Error(`task state ${task.name} of ${file} calls ${task.resource}, which is no function of functions/lambda-functions.ts`);
    const handler = await importHandler(name);
    handlers[task.name] = async (input) => (await handler(input, lambdaContext(name))) as JsonValue;
  }
  const retryable = taskStates(definition.States).map((t) => t.name);
  const longestTaskMs = Math.max(0, ...taskStates(definition.States).map((t) => (t.timeoutSeconds ?? 0) * 1000));
  const states = allStates(definition.States) as { name: string; state: FlowState & { Seconds?: number } }[];
  const waits = states.flatMap(({ name, state }) => (state.Type === 'Wait' ? [{ name, next: state.Next, seconds: state.Seconds ?? 0 }] : []));
  // The first tasks after the Map that reads the pages: a document there has every page read.
  const pagesRead = new Set(states.flatMap(({ state }) => (state.Type === 'Map' && state.Next && taskStates((state.ItemProcessor ?? state.Iterator)?.States ?? {}).some((t) => byArn.get(t.resource) === 'extract-page') ? firstTasksFrom(state.Next, states) : [])));
  // The first tasks after a Classify: a document there has been read and classified.
  const classified = new Set(states.flatMap(({ state }) => (state.Type === 'Task' && state.Next && byArn.get(state.Resource ?? '') === 'classify' ? firstTasksFrom(state.Next, states) : [])));
  // A document's last tasks (Route, Review, Reject, RecordFailure and their parts'): one that succeeds has written its outcome.
  const outcomes = new Set(states.flatMap(({ name, state }) => (state.Type === 'Task' && (state as { End?: boolean }).End === true ? [name] : [])));
  return { machine: new StateMachine(definition, { validationOptions: { checkArn: true, checkPaths: true } }), handlers, retryable, waits, pagesRead, classified, outcomes, longestTaskMs };
}

type FlowState = AslState & { Next?: string; Default?: string; Choices?: { Next?: string }[] };

/**
 * The Task states an execution can reach first from `start`, through Pass and Choice states (every
 * branch of a Choice). The page Map is followed by a Choice and a Pass that look for failed pages
 * before Classify (or RecordFailure): its own Next is no task, and a handler runs only for a task.
 */
export function firstTasksFrom(start: string, states: readonly { name: string; state: FlowState }[]): string[] {
  const byName = new Map(states.map(({ name, state }) => [name, state]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string | undefined) => {
    if (name === undefined || seen.has(name)) return;
    seen.add(name);
    const state = byName.get(name);
    if (!state) return;
    if (state.Type === 'Task') found.add(name);
    else if (state.Type === 'Pass') visit(state.Next);
    else if (state.Type === 'Choice') for (const next of [...(state.Choices ?? []).map((c) => c.Next), state.Default]) visit(next);
  };
  visit(start);
  return [...found];
}

/** One execution; `path` collects the states entered. The history carries state and error names only, never the state's data (personal data). */
interface ExecuteOptions {
  trace?: ((line: string) => void) | undefined;
  name?: string;
  stats?: ExecutionStats;
  /** Retry waits in ms per state (fault injection sets 0: the Retry path is what is tested, not the wait). */
  retryIntervals?: Record<string, number> | undefined;
  /** Wait states' pauses in ms per state. */
  waitTimes?: Record<string, number> | undefined;
  stateExited?: StateObserver | undefined;
}

async function execute(machine: StateMachine, input: JsonValue, handlers: LocalHandlers, path: string[], options: ExecuteOptions = {}): Promise<JsonValue> {
  const { trace, name = randomUUID(), stats } = options;
  const context = { Execution: { Id: `local:${name}`, Name: name, Input: input, StartTime: new Date().toISOString() } };
  const overrides = { taskResourceLocalHandlers: handlers, ...(options.retryIntervals ? { retryIntervalOverrides: options.retryIntervals } : {}), ...(options.waitTimes ? { waitTimeOverrides: options.waitTimes } : {}) };
  const execution = machine.run(input, { overrides, context });
  const history = (async () => {
    for await (const event of execution.eventLogs) {
      if (stats && event.type === 'StateRetried') stats.retried[event.state.name] = (stats.retried[event.state.name] ?? 0) + 1;
      if (stats && event.type === 'StateCaught') stats.caught[event.state.name] = (stats.caught[event.state.name] ?? 0) + 1;
      if (event.type === 'StateEntered') path.push(event.state.name);
      if (event.type === 'StateExited') options.stateExited?.(event.state.name, event.state.input, event.state.output);
      if (event.type === 'StateFailed' || event.type === 'StateCaught' || event.type === 'StateRetried') {
        const detail = 'Error' in event ? `${event.Error}: ${describeCause(event.Cause)}` : '';
        trace?.(`  ${event.type} ${event.state.name} ${detail}`);
      } else if (event.type === 'StateEntered') {
        trace?.(`  -> ${event.state.name}`);
      }
    }
  })();
  return execution.result.finally(() => history);
}

function gated(handlers: LocalHandlers, gate: NonNullable<LocalStateMachineOptions['beforeTask']>): LocalHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([state, handler]) => [
      state,
      async (input: JsonValue) => {
        await gate(state, input);
        return handler(input);
      },
    ]),
  );
}

function timed(handlers: LocalHandlers, stats: ExecutionStats): LocalHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([state, handler]) => [
      state,
      async (input: JsonValue) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        try {
          return await handler(input);
        } finally {
          const end = performance.now();
          const used = process.cpuUsage(cpu);
          stats.taskMs[state] = (stats.taskMs[state] ?? 0) + end - started;
          stats.taskCpuMs[state] = (stats.taskCpuMs[state] ?? 0) + (used.user + used.system) / 1000;
          currentExecution.getStore()?.spans.push({ state, start: started, end });
        }
      },
    ]),
  );
}

/** A task of an execution that has already answered: it is refused before it does any work. */
export class ExecutionEndedError extends Error {
  override name = 'ExecutionEnded';
}

/**
 * A failed Map iteration fails the Map at once (Catch -> RecordFailure) while its sibling iterations'
 * handlers run on: an execution can end with an ExtractPage still writing. The handlers in flight are
 * kept here so the runtime waits for them before stopping the servers they write to; else the process
 * exits mid-PUT and leaves a half-written object and an empty metadata file in the data dir.
 * aws-local-stepfunctions' failed Map aborts only the iterations already started: its queued items go
 * on starting after the execution answered. In AWS a failed Map stops its iterations, so a task of an
 * ended execution is refused here at once, before any wrapper (or the test's gate) sees it.
 */
function tracked(handlers: LocalHandlers, inFlight: Map<Promise<unknown>, string>): LocalHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([state, handler]) => [
      state,
      (input: JsonValue) => {
        if (currentExecution.getStore()?.ended) return Promise.reject(new ExecutionEndedError(`${state} of an execution that has ended`));
        const running = handler(input);
        const settled = running.then(
          () => undefined,
          () => undefined,
        );
        inFlight.set(settled, state);
        void settled.then(() => inFlight.delete(settled));
        return running;
      },
    ]),
  );
}

export async function loadLocalStateMachine(options: LocalStateMachineOptions = {}): Promise<LocalStateMachine> {
  const functionArns = Object.fromEntries(lambdaFunctions.map((fn) => [fn.substitution, localFunctionArn(fn.name)]));
  const stages = await loadDefinition(definitionFile, functionArns);
  const stats: ExecutionStats = { retried: {}, caught: {}, faults: emptyTally(), taskMs: {}, taskCpuMs: {} };
  stages.handlers = timed(stages.handlers, stats);
  // A Wait state before a look of Link takes no time in the interpreter: the pause is made before the
  // look itself (waking), where it can end early. Any other Wait state pauses as before.
  const looks = new Map(stages.waits.flatMap((wait) => (wait.next ? [[wait.next, wait.seconds * 1000] as const] : [])));
  const wake = batchWake();
  const openers = openerWake();
  stages.handlers = waking(stages.handlers, { looks, rollEntries: new Set(['Inspect']), failures: new Set(['RecordFailure', 'PartRecordFailure']), pagesRead: stages.pagesRead, leavePlace: options.leaveOcrLaneWhenPagesRead === true, classified: stages.classified, outcomes: stages.outcomes, wake, openers, waitMs: options.waitMs });
  if (options.beforeTask) stages.handlers = gated(stages.handlers, options.beforeTask);
  const waitTimes = Object.fromEntries(stages.waits.map((wait) => [wait.name, wait.next && looks.has(wait.next) ? 0 : (options.waitMs ?? localWaitMs)]));
  const faults = faultSettingsFromEnv();
  let retryIntervals: Record<string, number> | undefined;
  if (faults) {
    // RecordFailure has no Catch: a fatal fault there would only test that it has none.
    stages.handlers = withFaults(stages.handlers, faults, stats.faults, ['RecordFailure']);
    retryIntervals = Object.fromEntries(stages.retryable.map((state) => [state, 0]));
  }
  const inFlight = new Map<Promise<unknown>, string>();
  const observe = options.stateExited;
  stages.handlers = tracked(stages.handlers, inFlight);
  const defaultBoundMs = options.settleBoundMs ?? stages.longestTaskMs + settleMarginMs;

  return {
    run(input, options = {}) {
      const { id, startedAt } = options.execution ?? { id: randomUUID(), startedAt: Date.now() };
      return currentExecution.run({ id, startedAt, spans: [], pauses: [], looks: new Map(), ended: false }, () => runOnce(input, options));
    },
    ahead: (batch, at, by) => wake.ahead(batch, at, by),
    off: (batch, by) => wake.off(batch, by),
    stats,
    async settled(boundMs = defaultBoundMs) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), boundMs);
      });
      try {
        // A handler still running may be followed by none, but wait until the map is empty all the same.
        while (inFlight.size > 0) {
          if ((await Promise.race([Promise.all(inFlight.keys()), deadline])) === 'late') return [...inFlight.values()];
        }
        return [];
      } finally {
        clearTimeout(timer);
      }
    },
  };

  async function runOnce(input: JsonValue, options: { trace?: (line: string) => void }): Promise<ExecutionRun> {
    const path: string[] = [];
    const execution = currentExecution.getStore();
    try {
      const output = await execute(stages.machine, input, stages.handlers, path, { trace: options.trace, stats, retryIntervals, waitTimes, stateExited: observe });
      return { output, path, spans: execution?.spans ?? [], pauses: execution?.pauses ?? [] };
    } finally {
      if (execution) execution.ended = true;
      if (execution) wake.ended(execution.id);
      if (execution) openers.executionEnded(execution.id);
    }
  }
}

type LookState = Pick<ExecutionState, 'intake' | 'inspection' | 'decision' | 'part'> & { link?: { inFlight?: { round: number; onOpener?: number | undefined } } };
type LookResult = { inFlight?: { round: number; onOpener?: number; since?: string; openers?: string[] } } | null;

/**
 * The embedded runtime's side of the batch rule's wait and of the OCR lane (local/pipelining.ts):
 *  - before a look of Link that follows a Wait, the pause: for announced openers until one of them ends
 *    when all run in this process, else a short poll (opener-wake.ts); for batch-mates before Link until
 *    one of them passes, at most the Wait's Seconds (batch-wake.ts);
 *  - before Inspect (which puts it on its batch's roll) that its execution is a live batch-mate; after a
 *    document's first look (it left its batch's roll) or its RecordFailure, that it passed;
 *  - when a document reaches the first task after its pages' Map (Classify; RecordFailure when a page
 *    failed), the lanes are told: with leaveOcrLaneWhenPagesRead its OCR-lane place goes to the next
 *    scan, else it keeps its place and counts as no longer feeding the worker; at the first task after
 *    Classify (Link) a text letter may give its place up (textPastReadingWhenStarved);
 *    when it pauses for its case, any lane place it holds goes to the next document of its lane.
 * The handlers, their input and output are untouched: only when the next look starts changes.
 */
function waking(
  handlers: LocalHandlers,
  options: { looks: ReadonlyMap<string, number>; rollEntries: ReadonlySet<string>; failures: ReadonlySet<string>; pagesRead: ReadonlySet<string>; leavePlace: boolean; classified: ReadonlySet<string>; outcomes: ReadonlySet<string>; wake: BatchWake; openers: OpenerWake; waitMs: number | undefined },
): LocalHandlers {
  const { wake, openers } = options;
  // Read and classified: a text lane's place may go to the next letter (the lanes decide: local/pipelining.ts).
  const withClassified = (stateName: string, handler: (input: JsonValue) => Promise<JsonValue>) =>
    options.classified.has(stateName)
      ? async (input: JsonValue) => {
          leaveLane('read');
          return handler(input);
        }
      : handler;
  // A state that is also a first task after the pages (RecordFailure) keeps its own role too.
  const withPagesRead = (stateName: string, handler: (input: JsonValue) => Promise<JsonValue>) =>
    options.pagesRead.has(stateName)
      ? async (input: JsonValue) => {
          leaveLane(options.leavePlace ? 'pages-read' : 'past-pages');
          return handler(input);
        }
      : handler;
  return Object.fromEntries(
    Object.entries(handlers).map(([stateName, handler]) => [stateName, withClassified(stateName, withPagesRead(stateName, withOutcome(stateName, roleOf(stateName, handler))))]),
  );

  /** A last task that succeeded has written its document's outcome: a follow-up waiting for it as its opener looks again. */
  function withOutcome(stateName: string, handler: (input: JsonValue) => Promise<JsonValue>): (input: JsonValue) => Promise<JsonValue> {
    if (!options.outcomes.has(stateName)) return handler;
    return async (input: JsonValue) => {
      const output = await handler(input);
      const state = input as Partial<LookState> | null;
      if (state?.intake) openers.ended(documentIdOf(state as LookState));
      return output;
    };
  }

  function roleOf(stateName: string, handler: (input: JsonValue) => Promise<JsonValue>): (input: JsonValue) => Promise<JsonValue> {
    if (options.rollEntries.has(stateName)) {
      return async (input: JsonValue) => {
        const execution = currentExecution.getStore();
        const intake = (input as Partial<LookState> | null)?.intake;
        if (execution && intake) wake.began(batchKeyOf(intake), execution.startedAt, execution.id);
        return handler(input);
      };
    }
    if (options.failures.has(stateName)) {
      return async (input: JsonValue) => {
        try {
          return await handler(input);
        } finally {
          const execution = currentExecution.getStore();
          const intake = (input as Partial<LookState> | null)?.intake;
          if (execution && intake) wake.passed(batchKeyOf(intake), execution.startedAt, execution.id);
        }
      };
    }
    const seconds = options.looks.get(stateName);
    if (seconds === undefined) return handler;
    return async (input: JsonValue) => {
      const execution = currentExecution.getStore();
      if (!execution) return handler(input);
      const state = input as unknown as LookState;
      const batch = batchKeyOf(state.intake);
      const document = documentIdOf(state);
      const pending = execution.looks.get(document);
      // Its own end may wake a follow-up that finds it announced: seen at Link before it can announce.
      openers.atLink(document, execution.id);
      if (pending) {
        execution.looks.delete(document);
        // An opener of another process cannot wake it: the short poll (never longer than asked).
        const pollMs = Math.min(options.waitMs ?? localWaitMs, localWaitMs, seconds);
        const boundMs = options.waitMs ?? seconds;
        if (pending.kind === 'opener' ? Math.min(boundMs, pollMs) > 0 : boundMs > 0) leaveLane('waiting');
        const paused = performance.now();
        if (pending.kind === 'opener') await openers.pause({ openers: pending.openers, since: pending.openersMark, boundMs, pollMs });
        else await wake.pause({ batch, since: pending.since, mark: pending.mark, by: execution.id, boundMs });
        execution.pauses.push({ state: stateName, start: paused, end: performance.now() });
      }
      const mark = wake.mark(batch);
      const openersMark = openers.mark();
      const firstLook = state.link === undefined && state.decision === undefined && leavesRoll(state);
      try {
        const result = (await handler(input)) as LookResult;
        const inFlight = result?.inFlight;
        // Its wait over, it registers and archives: counted against the runner's cap again. Not at each
        // wake: thirty no-case declarations re-looking at every pass kept the openers from starting
        // (review s19 B-inter, declarations' median 10.1 → 27.0 s).
        if (pending && !inFlight) leaveLane('woke');
        if (inFlight) {
          const before = state.link?.inFlight;
          const openerRounds = before ? (before.onOpener ?? before.round) : 0;
          const since = inFlight.since === undefined ? Date.now() : Date.parse(inFlight.since);
          execution.looks.set(document, { kind: (inFlight.onOpener ?? 0) > openerRounds ? 'opener' : 'batch', openers: inFlight.openers ?? [], openersMark, batch, since, mark });
        }
        return result as JsonValue;
      } finally {
        if (firstLook) wake.passed(batch, execution.startedAt, execution.id);
      }
    };
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return cause.message + (inner ? ` (${describeCause(inner)})` : '');
  }
  return (typeof cause === 'string' ? cause : JSON.stringify(cause) ?? '').slice(0, 800);
}
