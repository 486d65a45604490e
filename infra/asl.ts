import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The one definition of the stages; resolved from this file, not from the working directory. */
export const intakeAslPath = fileURLToPath(new URL('../statemachines/intake.asl.json', import.meta.url));
/** The Standard guard that starts the stages as an Express execution (exactly-once start by name). */
export const guardAslPath = fileURLToPath(new URL('../statemachines/intake-guard.asl.json', import.meta.url));

/** The guard's placeholder for the ARN of the Express state machine that runs intake.asl.json. */
export const expressArnPlaceholder = 'IntakeExpressStateMachineArn';

/** The `${Name}` placeholders a definition uses, each once, in order of first use. */
export function placeholdersIn(definition: string): string[] {
  return [...new Set([...definition.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))];
}

export function readIntakeAsl(): string {
  return readFileSync(intakeAslPath, 'utf8');
}

export function readGuardAsl(): string {
  return readFileSync(guardAslPath, 'utf8');
}
