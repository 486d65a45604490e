import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { documentIdFor } from '#domain/identity';

export function documentIdOf(state: Pick<ExecutionState, 'intake' | 'inspection' | 'decision' | 'part'>): string {
  // A part of a split file is a document of its own; the inspection (when present) is the file's.
  return state.part?.documentId ?? state.inspection?.documentId ?? state.decision?.documentId ?? documentIdFor(state.intake);
}

/** A stored final answer wins over this run's (the document was routed or rejected before). */
export function answerOf(stored: { result?: ProcessResult | null | undefined } | null, result: ProcessResult, fileName: string): ProcessResult {
  return stored?.result ? { ...stored.result, file: fileName } : result;
}
