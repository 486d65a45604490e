import type { ProcessResult, SplitOutcome } from '../../schemas/pipeline.ts';

/** What one file's execution answers: its JSON line, or one line per part when it was split. */
export type FileOutcome = ProcessResult | SplitOutcome;

export function isSplit(outcome: FileOutcome): outcome is SplitOutcome {
  return outcome.status === 'split';
}

/** The SPEC.md JSON lines of a file, in page order, each naming the file as the mailroom gave it. */
export function linesOf<Line extends ProcessResult = ProcessResult>(outcome: Line | (Omit<SplitOutcome, 'parts'> & { parts: Line[] }), file: string): Line[] {
  return (outcome.status === 'split' ? outcome.parts : [outcome]).map((line) => ({ ...line, file }));
}
