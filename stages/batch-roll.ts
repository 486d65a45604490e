import type { ExecutionState } from '#schemas/state';
import { documentIdOf } from './document-id.ts';

/**
 * The id a document is on its batch's roll under: the one Inspect entered, the FILE's. A part of a split
 * file carries no inspection (the Parts map passes none) but knows the file it was split from.
 */
export function rollIdOf(state: Pick<ExecutionState, 'intake' | 'inspection' | 'decision' | 'part'>): string {
  return state.inspection?.documentId ?? state.part?.fileDocumentId ?? documentIdOf(state);
}

/**
 * Whether this run takes its file off the roll when it passes (or fails before) its first Link. A split
 * file is on the roll once, so only its last part takes it off: the parts run one at a time, in page
 * order, so by then every part has linked or failed, and a follow-up of the batch still waits for an
 * opener among the later parts.
 */
export function leavesRoll(state: Pick<ExecutionState, 'part'>): boolean {
  return !state.part || state.part.part === state.part.parts;
}
