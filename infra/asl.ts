import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The one state machine definition; resolved from this file, not from the working directory. */
export const intakeAslPath = fileURLToPath(new URL('../statemachines/intake.asl.json', import.meta.url));

/** The `${Name}` placeholders a definition uses, each once, in order of first use. */
export function placeholdersIn(definition: string): string[] {
  return [...new Set([...definition.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))];
}

export function readIntakeAsl(): string {
  return readFileSync(intakeAslPath, 'utf8');
}
