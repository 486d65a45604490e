import { StateMachine } from 'aws-local-stepfunctions';
import type { Classification, ProcessResult } from '#schemas/pipeline';
import type { DeadlinesResult, ExecutionState, LettersResult, LinkResult, Registration } from '#schemas/state';
import { deadlinesStage } from '../stages/deadlines.ts';
import { linkStage } from '../stages/link.ts';
import type { StagePorts } from '../stages/ports.ts';
import { recordFailureStage } from '../stages/record-failure.ts';
import { registerStage } from '../stages/register.ts';
import { reviewStage } from '../stages/review.ts';
import { routeStage } from '../stages/route.ts';
import { writeLettersStage, type WriteLettersPorts } from '../stages/write-letters.ts';
import { placeholdersIn, readIntakeAsl, substituteDefinition, taskStates, type AslState } from '../statemachines/definitions.ts';

/**
 * statemachines/intake.asl.json with its Task states bound to functions in this process instead of
 * Lambda handlers: the tests of the registry stages and `npm run bench:route` run the real flow (its
 * choices, its order, its Catch into RecordFailure) without S3, OCR or a handler's environment.
 * A state that already carries its inspection, pages and classification passes Inspect, ExtractPages
 * and Classify unchanged, so the execution does what the registry stages do.
 */
type Json = unknown;
type Binding = (input: Json) => Promise<Json>;

const placeholderArn = (name: string) => `arn:aws:lambda:eu-north-1:000000000000:function:bound-${name}`;

export interface BoundRun {
  result: ProcessResult;
  link?: LinkResult;
  registration?: Registration;
  deadlines?: DeadlinesResult;
  letters?: LettersResult;
  /** The Task states run, in order. */
  tasks: string[];
}

export interface BoundStateMachine {
  run(state: ExecutionState & { classification: Classification }): Promise<BoundRun>;
}

/** The registry stages (Link … Route, Review, RecordFailure) over `ports`, bound to the ASL. */
let loaded: { machine: StateMachine; taskNames: string[] } | undefined;

/** Parsed and validated once per process; each run brings its own bindings. */
function intakeMachine(): { machine: StateMachine; taskNames: string[] } {
  if (loaded) return loaded;
  const text = readIntakeAsl();
  const arns = Object.fromEntries(placeholdersIn(text).map((name) => [name, placeholderArn(name)]));
  const definition = JSON.parse(substituteDefinition(text, arns)) as { States: Record<string, AslState> };
  loaded = { machine: new StateMachine(definition as never, { validationOptions: { checkArn: true, checkPaths: true } }), taskNames: taskStates(definition.States).map((t) => t.name) };
  return loaded;
}

/**
 * `letters`: the outbox, renderer and templates for WriteLetters. Without them WriteLetters writes
 * nothing (answers no letters), so the registry's tests and bench:route measure registration alone.
 */
export function registryStagesThroughAsl(ports: StagePorts, options: { letters?: Omit<WriteLettersPorts, keyof StagePorts> } = {}): BoundStateMachine {
  const { machine, taskNames } = intakeMachine();

  return {
    async run(state) {
      const seen: Partial<BoundRun> = {};
      const tasks: string[] = [];
      const carried = <T>(value: T | undefined, what: string): T => {
        if (value === undefined) throw new Error(`the bound registry stages need a state with its ${what}`);
        return value;
      };
      const bindings: Record<string, Binding> = {
        Inspect: async () => carried(state.inspection, 'inspection'),
        Reject: async () => {
          throw new Error('the bound registry stages quarantine nothing: give the state an inspection that is ok');
        },
        ExtractPage: async () => {
          throw new Error('the bound registry stages read no pages: give the state an inspection without pages');
        },
        Classify: async () => ({ classification: state.classification, pages: state.pages ?? [] }),
        Link: async (input) => (seen.link = await linkStage(input as never, ports)),
        Review: async (input) => reviewStage(input as never, ports),
        Register: async (input) => (seen.registration = await registerStage(input as never, ports)),
        Deadlines: async (input) => (seen.deadlines = await deadlinesStage(input as never, ports)),
        WriteLetters: async (input) => (seen.letters = options.letters ? await writeLettersStage(input as never, { ...ports, ...options.letters }) : []),
        Route: async (input) => routeStage(input as never, ports),
        RecordFailure: async (input) => recordFailureStage(input as never, ports),
      };
      // The Parts Map runs the same stages for each part of a split file, under its own state names.
      for (const [name, binding] of Object.entries(bindings)) bindings[`Part${name}`] = binding;
      const unbound = taskNames.filter((name) => !bindings[name]);
      if (unbound.length) throw new Error(`no binding for task states ${unbound.join(', ')} of intake.asl.json`);
      const handlers = Object.fromEntries(
        taskNames.map((name) => [
          name,
          async (input: Json) => {
            tasks.push(name);
            return bindings[name]!(input);
          },
        ]),
      );
      // No waiting between retries: a conflict a test provokes is retried at once.
      const retryIntervalOverrides = Object.fromEntries(taskNames.map((name) => [name, 0]));
      const execution = machine.run(state as never, { overrides: { taskResourceLocalHandlers: handlers as never, retryIntervalOverrides } });
      const result = (await execution.result) as ProcessResult;
      return { ...seen, result, tasks };
    },
  };
}
