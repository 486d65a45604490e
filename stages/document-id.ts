import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { documentIdFor } from '#domain/identity';

export function documentIdOf(state: Pick<ExecutionState, 'intake' | 'inspection' | 'decision'>): string {
  return state.inspection?.documentId ?? state.decision?.documentId ?? documentIdFor(state.intake);
}

/** A stored final answer wins over this run's (the document was routed or rejected before). */
export function answerOf(stored: { result?: ProcessResult | null | undefined } | null, result: ProcessResult, fileName: string): ProcessResult {
  return stored?.result ? { ...stored.result, file: fileName } : result;
}
