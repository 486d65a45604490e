/**
 * Archivists' labelled examples as training reads them: one JSON object per line,
 * `{ text, documentType, area, language? }` (the archivist's answer; the machine's may sit beside it).
 * They stay where the documents are (the data dir locally, the protected bucket in AWS), never in
 * the repository: `npm run train -- --examples <data dir>` reads `<data dir>/examples/*.jsonl`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { assertTrainingSource } from './training-guard.ts';

export const EXAMPLES_FOLDER = 'examples';

/** The example files of a data dir (or the file itself), each through the eval-set guard. */
export function labelledExampleFiles(from: string): string[] {
  assertTrainingSource(from);
  if (!existsSync(from)) {
    const error = new Error(`${from}: no such file or folder`) as NodeJS.ErrnoException;
    error.code = 'ENOENT';
    throw error;
  }
  if (statSync(from).isFile()) return [from];
  const dir = path.join(from, EXAMPLES_FOLDER);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f)) : [];
  files.forEach(assertTrainingSource);
  return files;
}
