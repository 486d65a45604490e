import { describe, expect, it } from 'vitest';
import { lambdaFunctions } from '../../functions/lambda-functions.ts';
import { platformErrorNames, stageErrorNames, TransientError } from '../../domain/errors.ts';
import { allStates, readIntakeAsl, taskStates, type AslState } from '../../statemachines/definitions.ts';

const definitions = { 'intake.asl.json': readIntakeAsl() };
const statesOf = (text: string) => (JSON.parse(text) as { States: Record<string, AslState> }).States;

describe('the state machines and the code agree', () => {
  for (const [file, text] of Object.entries(definitions)) {
    it(`${file}: every error name a Retry or Catch matches is a typed error or one the platform raises`, () => {
      const known = new Set<string>([...stageErrorNames, ...platformErrorNames]);
      const matched = allStates(statesOf(text)).flatMap(({ state }) => [...(state.Retry ?? []), ...(state.Catch ?? [])].flatMap((r) => r.ErrorEquals));
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.filter((name) => !known.has(name))).toEqual([]);
    });

    it(`${file}: each Lambda Task's TimeoutSeconds is its function's timeout in functions/lambda-functions.ts`, () => {
      const bySubstitution = new Map<string, number>(lambdaFunctions.map((fn) => [`\${${fn.substitution}}`, fn.timeoutSeconds]));
      const lambdaTasks = taskStates(statesOf(text)).filter((t) => t.resource.startsWith('${'));
      expect(lambdaTasks.length).toBeGreaterThan(0);
      for (const task of lambdaTasks) {
        expect({ task: task.name, timeoutSeconds: task.timeoutSeconds }).toEqual({ task: task.name, timeoutSeconds: bySubstitution.get(task.resource) });
      }
    });
  }

  it('a thrown TransientError carries the name the ASL retries, whatever its message', () => {
    const error = new TransientError('case 2025-00001 kept changing');
    expect(error.name).toBe('TransientError');
    expect(error).toBeInstanceOf(Error);
    expect(readIntakeAsl()).toContain(`"${error.name}"`);
  });
});
