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

/**
 * The review write was refused because the document was decided meanwhile (an archivist's decision or
 * outcome stays on a record whose status stays 'review'): a retried Review or RecordFailure of the
 * execution before the decision. Nothing happened to announce; DocumentInReview would say it went back.
 */
export function refusedForDecision(stored: { status: string; item: Record<string, unknown> } | null): boolean {
  return stored !== null && stored.status === 'review' && (stored.item.decidedAt !== undefined || stored.item.outcome !== undefined);
}
