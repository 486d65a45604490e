import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { Context } from 'aws-lambda';
import { lambdaFunctions, type LambdaFunctionName } from '../functions/registry.ts';

/**
 * Runs statemachines/intake.asl.json in-process with aws-local-stepfunctions. Placeholders are
 * substituted exactly as the CDK stack's definitionSubstitutions do, with local function ARNs; each
 * Task state is then bound, through its Resource ARN, to the same exported `handler` that the Lambda
 * function of that ARN runs in AWS. There is no other path through the stages.
 */
export const definitionFile = fileURLToPath(new URL('../statemachines/intake.asl.json', import.meta.url));

const region = 'eu-north-1';
const account = '000000000000';

export function localFunctionArn(name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:postmottak-${name}`;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;
type AslState = { Type: string; Resource?: string; ItemProcessor?: { States: Record<string, AslState> }; Iterator?: { States: Record<string, AslState> } };

export function substituteDefinition(text: string, substitutions: Record<string, string>): string {
  const substituted = text.replace(/\$\{(\w+)\}/g, (placeholder, name: string) => {
    const value = substitutions[name];
    if (value === undefined) throw new Error(`no substitution for ${placeholder} in ${definitionFile}`);
    return value;
  });
  return substituted;
}

/** Every Task state, nested Map states included, with its Resource. */
export function taskStates(states: Record<string, AslState>): { name: string; resource: string }[] {
  return Object.entries(states).flatMap(([name, state]) => {
    const nested = state.ItemProcessor?.States ?? state.Iterator?.States;
    if (nested) return taskStates(nested);
    return state.Type === 'Task' && state.Resource ? [{ name, resource: state.Resource }] : [];
  });
}

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

export async function loadLocalStateMachine(): Promise<LocalStateMachine> {
  const substitutions = Object.fromEntries(lambdaFunctions.map((fn) => [fn.substitution, localFunctionArn(fn.name)]));
  const definition = JSON.parse(substituteDefinition(await readFile(definitionFile, 'utf8'), substitutions));
  const byArn = new Map(lambdaFunctions.map((fn) => [localFunctionArn(fn.name), fn.name]));

  const taskResourceLocalHandlers: Record<string, (input: JsonValue) => Promise<JsonValue>> = {};
  for (const task of taskStates(definition.States)) {
    const name = byArn.get(task.resource);
    if (!name) throw new Error(`task state ${task.name} calls ${task.resource}, which is no function of functions/registry.ts`);
    const handler = await importHandler(name);
    taskResourceLocalHandlers[task.name] = async (input) => (await handler(input, lambdaContext(name))) as JsonValue;
  }

  const machine = new StateMachine(definition, { validationOptions: { checkArn: true, checkPaths: true } });
  return {
    async run(input, options = {}) {
      const execution = machine.run(input, { overrides: { taskResourceLocalHandlers } });
      const path: string[] = [];
      // The history carries state names and error names only, never the state's data (personal data).
      const history = (async () => {
        for await (const event of execution.eventLogs) {
          if (event.type === 'StateEntered') path.push(event.state.name);
          if (event.type === 'StateFailed' || event.type === 'StateCaught' || event.type === 'StateRetried') {
            const detail = 'Error' in event ? `${event.Error}: ${describeCause(event.Cause)}` : '';
            options.trace?.(`  ${event.type} ${event.state.name} ${detail}`);
          } else if (event.type === 'StateEntered') {
            options.trace?.(`  -> ${event.state.name}`);
          }
        }
      })();
      const output = await execution.result.finally(() => history);
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
