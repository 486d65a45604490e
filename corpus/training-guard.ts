/**
 * Training never reads an evaluation set. The unseen-writer letters (eval-sets/) measure how the
 * product does on writers it has never seen; one of them in training, or in a threshold fitted on
 * training data, and that measurement is worth nothing. Every file the training code opens goes
 * through here; the path is resolved (symbolic links too) before it is judged.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const evalSetsDir = path.join(root, 'eval-sets');

export class EvalSetRefused extends Error {
  constructor(file: string) {
    super(`${file} is part of an evaluation set (eval-sets/): training does not read evaluation data`);
    this.name = 'EvalSetRefused';
  }
}

function resolved(file: string): string {
  const absolute = path.resolve(file);
  return existsSync(absolute) ? realpathSync(absolute) : absolute;
}

/** Throws EvalSetRefused when the file is inside eval-sets/ (or is a link to something there). */
export function assertTrainingSource(file: string): void {
  const evalDir = existsSync(evalSetsDir) ? realpathSync(evalSetsDir) : evalSetsDir;
  const relative = path.relative(evalDir, resolved(file));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) throw new EvalSetRefused(file);
}

/** Reads a file for training, after the guard. */
export function readTrainingFile(file: string): string {
  assertTrainingSource(file);
  return readFileSync(file, 'utf8');
}
