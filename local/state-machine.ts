import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { StateMachine } from 'aws-local-stepfunctions';
import type { Context } from 'aws-lambda';
import { lambdaFunctions, type LambdaFunctionName } from '../functions/lambda-functions.ts';
import { allStates, intakeAslPath, substituteDefinition, taskStates } from '../statemachines/definitions.ts';
import { emptyTally, faultSettingsFromEnv, withFaults, type FaultTally } from './faults.ts';

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
}

export interface TaskSpan {
  state: string;
  start: number;
  end: number;
}

/** The spans of the execution a handler runs for: runs overlap (concurrency), so the run is found by async context. */
const currentSpans = new AsyncLocalStorage<TaskSpan[]>();

/** What the executions of this process went through: Retry and Catch taken per state, faults injected. */
export interface ExecutionStats {
  retried: Record<string, number>;
  caught: Record<string, number>;
  faults: FaultTally;
  /** Time inside each task state's handler, summed (ms): what the pipeline benchmark splits wall time by. */
  taskMs: Record<string, number>;
}

export interface LocalStateMachine {
  run(input: JsonValue, options?: { trace?: (line: string) => void }): Promise<ExecutionRun>;
  readonly stats: ExecutionStats;
  /** Resolves once no task handler is running: the stack may be stopped only then (see `tracked`). */
  settled(): Promise<void>;
}

type LocalHandlers = Record<string, (input: JsonValue) => Promise<JsonValue>>;

/**
 * How long a Wait state lasts here (ms). In AWS WaitForCase pauses 2 s, what a Lambda's Register
 * may take; on the loopback stack a case is opened in milliseconds, so a follow-up looks again sooner.
 */
const localWaitMs = 100;

export interface LocalStateMachineOptions {
  /** Every Wait state's pause in ms (default localWaitMs). */
  waitMs?: number;
  /**
   * Awaited before each task handler runs, with the state's name and input: a test holds one
   * execution at a chosen state while another runs (interleavings by a gate, not by timing).
   */
  beforeTask?: (state: string, input: JsonValue) => Promise<void> | void;
  /** Told of every state that exits (Map iterations' included) with its input and output: what a test measures the state's size by. */
  stateExited?: StateObserver | undefined;
}

export type StateObserver = (state: string, input: JsonValue, output: JsonValue | undefined) => void;

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
  const waits = allStates(definition.States).flatMap(({ name, state }) => (state.Type === 'Wait' ? [name] : []));
  return { machine: new StateMachine(definition, { validationOptions: { checkArn: true, checkPaths: true } }), handlers, retryable, waits };
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
        try {
          return await handler(input);
        } finally {
          const end = performance.now();
          stats.taskMs[state] = (stats.taskMs[state] ?? 0) + end - started;
          currentSpans.getStore()?.push({ state, start: started, end });
        }
      },
    ]),
  );
}

/**
 * A failed Map iteration fails the Map at once (Catch -> RecordFailure) while its sibling iterations'
 * handlers run on: an execution can end with an ExtractPage still writing. The handlers in flight are
 * kept here so the runtime waits for them before stopping the servers they write to; else the process
 * exits mid-PUT and leaves a half-written object and an empty metadata file in the data dir.
 */
function tracked(handlers: LocalHandlers, inFlight: Set<Promise<unknown>>): LocalHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([state, handler]) => [
      state,
      (input: JsonValue) => {
        const running = handler(input);
        const settled = running.then(
          () => undefined,
          () => undefined,
        );
        inFlight.add(settled);
        void settled.then(() => inFlight.delete(settled));
        return running;
      },
    ]),
  );
}

export async function loadLocalStateMachine(options: LocalStateMachineOptions = {}): Promise<LocalStateMachine> {
  const functionArns = Object.fromEntries(lambdaFunctions.map((fn) => [fn.substitution, localFunctionArn(fn.name)]));
  const stages = await loadDefinition(definitionFile, functionArns);
  const stats: ExecutionStats = { retried: {}, caught: {}, faults: emptyTally(), taskMs: {} };
  stages.handlers = timed(stages.handlers, stats);
  if (options.beforeTask) stages.handlers = gated(stages.handlers, options.beforeTask);
  const waitTimes = Object.fromEntries(stages.waits.map((state) => [state, options.waitMs ?? localWaitMs]));
  const faults = faultSettingsFromEnv();
  let retryIntervals: Record<string, number> | undefined;
  if (faults) {
    // RecordFailure has no Catch: a fatal fault there would only test that it has none.
    stages.handlers = withFaults(stages.handlers, faults, stats.faults, ['RecordFailure']);
    retryIntervals = Object.fromEntries(stages.retryable.map((state) => [state, 0]));
  }
  const inFlight = new Set<Promise<unknown>>();
  const observe = options.stateExited;
  stages.handlers = tracked(stages.handlers, inFlight);

  return {
    run(input, options = {}) {
      return currentSpans.run([], () => runOnce(input, options));
    },
    stats,
    async settled() {
      // A handler still running may be followed by none, but wait until the set is empty all the same.
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };

  async function runOnce(input: JsonValue, options: { trace?: (line: string) => void }): Promise<ExecutionRun> {
    const path: string[] = [];
    const output = await execute(stages.machine, input, stages.handlers, path, { trace: options.trace, stats, retryIntervals, waitTimes, stateExited: observe });
    return { output, path, spans: currentSpans.getStore() ?? [] };
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return cause.message + (inner ? ` (${describeCause(inner)})` : '');
  }
  return (typeof cause === 'string' ? cause : JSON.stringify(cause) ?? '').slice(0, 800);
}
