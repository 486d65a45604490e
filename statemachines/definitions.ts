import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The state machine definitions and what infra/ (CDK definitionSubstitutions) and local/ (the
 * embedded runtime) both do with them: find them, list their placeholders and Task states, and
 * substitute the placeholders. Paths resolve from this file, not from the working directory.
 */

/** The one definition of the stages. */
export const intakeAslPath = fileURLToPath(new URL('./intake.asl.json', import.meta.url));

export function readIntakeAsl(): string {
  return readFileSync(intakeAslPath, 'utf8');
}

/** The `${Name}` placeholders a definition uses, each once, in order of first use. */
export function placeholdersIn(definition: string): string[] {
  return [...new Set([...definition.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))];
}

/** The definition with every `${Name}` replaced; a placeholder without a value is an error naming the file. */
export function substituteDefinition(text: string, substitutions: Record<string, string>, file = intakeAslPath): string {
  return text.replace(/\$\{(\w+)\}/g, (placeholder, name: string) => {
    const value = substitutions[name];
    if (value === undefined) throw new Error(`no substitution for ${placeholder} in ${file}`);
    return value;
  });
}

export interface AslState {
  Type: string;
  Resource?: string;
  TimeoutSeconds?: number;
  Retry?: { ErrorEquals: string[] }[];
  Catch?: { ErrorEquals: string[] }[];
  ItemProcessor?: { States: Record<string, AslState> };
  Iterator?: { States: Record<string, AslState> };
}

/** Every state, nested Map states' included, with its name. */
export function allStates(states: Record<string, AslState>): { name: string; state: AslState }[] {
  return Object.entries(states).flatMap(([name, state]) => {
    const nested = state.ItemProcessor?.States ?? state.Iterator?.States;
    return [{ name, state }, ...(nested ? allStates(nested) : [])];
  });
}

/** Every Task state, nested Map states included, with its Resource. */
export function taskStates(states: Record<string, AslState>): { name: string; resource: string; timeoutSeconds: number | undefined }[] {
  return allStates(states).flatMap(({ name, state }) =>
    state.Type === 'Task' && state.Resource ? [{ name, resource: state.Resource, timeoutSeconds: state.TimeoutSeconds }] : [],
  );
}
