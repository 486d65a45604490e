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
 * file is on the roll once, and its FIRST part takes it off: every page has been read by then, and the
 * parts run one at a time, each through Link in seconds. Kept on until the last part, a file of many
 * parts kept every follow-up of its batch with no case waiting the whole bound, part after part (a
 * 150-page morning batch: 133 → 45 pages a minute locally, two minutes a look-out in AWS, past
 * Express's five minutes). The price: a follow-up whose opener is a later part of a file still being
 * linked goes to review, as it did before the batch rule.
 */
export function leavesRoll(state: Pick<ExecutionState, 'part'>): boolean {
  return !state.part || state.part.part === 1;
}
