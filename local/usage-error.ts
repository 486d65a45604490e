import { existsSync } from 'node:fs';
import { maskNationalId, maskNationalIdsInText } from '#domain/fields/masked-national-ids';

/** What a person typed, quoted back to them, with anything shaped like a national id masked (valid or mistyped). */
export const withIdsMasked = (text: string) => maskNationalIdsInText(text).replace(/(?<!\d)\d{11}(?!\d)/gu, maskNationalId);

/** A person's mistake on the command line: one line on standard error and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** A refusal often quotes what was typed, and a national id typed in the wrong place must not reach the terminal's log whole. */
  constructor(message: string) {
    super(withIdsMasked(message));
  }
}

/**
 * Refused because of the state of things (serve already runs, a name that is no person of the data
 * dir), not because the command was mistyped: one line and exit 2 too, without the pointer to --help.
 */
export class StateRefusal extends UsageError {
  override name = 'StateRefusal';
}

/** A command that reads what a data dir holds: a folder that is not there is a slip (a typo), not one to read as empty or create. */
export function refuseMissingDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) throw new StateRefusal(`datamappen ${dataDir} finnes ikke; oppgi den med --data-dir`);
}
