import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { Context } from 'aws-lambda';
import { lambdaFunctions, type LambdaFunctionName } from '../functions/lambda-functions.ts';
import { expressArnPlaceholder, guardAslPath, intakeAslPath, substituteDefinition, taskStates } from '../statemachines/definitions.ts';

/**
 * Runs statemachines/intake-guard.asl.json and statemachines/intake.asl.json in-process with
 * aws-local-stepfunctions, as AWS runs them: the guard's RunIntake task runs the stages' machine with
 * the task's Input and returns `{ Output }`, as startExecution.sync:2 does. Placeholders are
 * substituted exactly as the CDK stack's definitionSubstitutions do, with local ARNs; each Lambda Task
 * state is then bound, through its Resource ARN, to the same exported `handler` that the Lambda
 * function of that ARN runs in AWS. There is no other path through the stages.
 */
export const definitionFile = intakeAslPath;
export const guardDefinitionFile = guardAslPath;

const region = 'eu-north-1';
const account = '000000000000';

export function localFunctionArn(name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:postmottak-${name}`;
}

const localStagesArn = `arn:aws:states:${region}:${account}:stateMachine:postmottak-intake`;
/** The guard's one task that is no Lambda function: it runs the stages (see the guard ASL). */
const RUN_INTAKE = 'RunIntake';

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
  output: JsonValue;
  /** The states entered, in order (Map iterations included), as Step Functions' execution history shows them. */
  path: string[];
}

export interface LocalStateMachine {
  run(input: JsonValue, options?: { trace?: (line: string) => void }): Promise<ExecutionRun>;
}

type LocalHandlers = Record<string, (input: JsonValue) => Promise<JsonValue>>;

/** A definition file with its placeholders substituted, and its Lambda Task states bound to their handlers. */
async function loadDefinition(file: string, substitutions: Record<string, string>, notLambda: string[] = []) {
  const definition = JSON.parse(substituteDefinition(await readFile(file, 'utf8'), substitutions, file));
  const byArn = new Map(lambdaFunctions.map((fn) => [localFunctionArn(fn.name), fn.name]));
  const handlers: LocalHandlers = {};
  for (const task of taskStates(definition.States).filter((t) => !notLambda.includes(t.name))) {
    const name = byArn.get(task.resource);
    if (!name) throw new Error(`task state ${task.name} of ${file} calls ${task.resource}, which is no function of functions/lambda-functions.ts`);
    const handler = await importHandler(name);
    handlers[task.name] = async (input) => (await handler(input, lambdaContext(name))) as JsonValue;
  }
  return { machine: new StateMachine(definition, { validationOptions: { checkArn: true, checkPaths: true } }), handlers };
}

/** One execution; `path` collects the states entered. The history carries state and error names only, never the state's data (personal data). */
async function execute(machine: StateMachine, input: JsonValue, handlers: LocalHandlers, path: string[], trace?: (line: string) => void, name: string = randomUUID()): Promise<JsonValue> {
  const context = { Execution: { Id: `local:${name}`, Name: name, Input: input, StartTime: new Date().toISOString() } };
  const execution = machine.run(input, { overrides: { taskResourceLocalHandlers: handlers }, context });
  const history = (async () => {
    for await (const event of execution.eventLogs) {
      if (event.type === 'StateEntered') path.push(event.state.name);
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

export async function loadLocalStateMachine(): Promise<LocalStateMachine> {
  const functionArns = Object.fromEntries(lambdaFunctions.map((fn) => [fn.substitution, localFunctionArn(fn.name)]));
  const stages = await loadDefinition(definitionFile, functionArns);
  const guard = await loadDefinition(guardDefinitionFile, { ...functionArns, [expressArnPlaceholder]: localStagesArn }, [RUN_INTAKE]);

  return {
    async run(input, options = {}) {
      // The path reported is the stages' (what the Express execution's log shows); the guard's own
      // states are traced only when they do something other than wait.
      const path: string[] = [];
      const runIntake = async (task: JsonValue) => {
        const { StateMachineArn, Input, Name } = task as { StateMachineArn: string; Input: JsonValue; Name: string };
        if (StateMachineArn !== localStagesArn) throw new Error(`${RUN_INTAKE} starts ${StateMachineArn}, not the stages' machine`);
        return { Output: await execute(stages.machine, Input, stages.handlers, path, options.trace, Name) };
      };
      const guardPath: string[] = [];
      const output = await execute(guard.machine, input, { ...guard.handlers, [RUN_INTAKE]: runIntake }, guardPath, (line) => {
        if (!line.endsWith(`-> ${RUN_INTAKE}`)) options.trace?.(line.replace(/^ {2}/, '  guard '));
      });
      return { output, path };
    },
  };
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return cause.message + (inner ? ` (${describeCause(inner)})` : '');
  }
  return (typeof cause === 'string' ? cause : JSON.stringify(cause) ?? '').slice(0, 800);
}
