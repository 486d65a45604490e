import type { Reason } from '#schemas/reasons';
import { plainNames, reasonText, type ReasonNames } from '../reasons/wording.ts';

/**
 * Follow-ups wait for their case (issue 13, item 1 of the issue; item 6 of the brief). A document
 * that must join a case and finds none is not a review item of its own when the document that
 * opens its case is itself waiting in review (or is being made a case in the same batch): it is held
 * beside that document — one review item, shown together — and carried on when the archivist
 * decides it. The store finds the candidates (documents in review sharing a reference or a national
 * id hash); this decides which one, if any, the follow-up waits for.
 */
export interface OpenerInReview {
  documentId: string;
  /** When it went to review: the oldest opener of a person is the one their case comes from. */
  reviewedAt: string;
  /** It is itself waiting for another document: then the follow-up waits for that one. */
  waitsFor: string | null;
}

export interface WaitDecision {
  waitsFor: string;
  reason: string;
  reasonCode: Reason;
}

/**
 * The document to wait for: matched by a case reference first (it names one case), else by a
 * national id; among several, the oldest (the archivist's decision on it makes or finds the case).
 * Null when there is none: then the follow-up is an ordinary review item ("no case matches").
 * `alsoUnsure`: what else held the document (its type unsure), said beside the wait.
 */
export function documentToWaitFor(byReference: OpenerInReview[], byNationalId: OpenerInReview[], documentType: string, names: ReasonNames = plainNames, alsoUnsure?: Reason['also']): WaitDecision | null {
  for (const candidates of [byReference, byNationalId]) {
    const root = candidates
      .map((c) => (c.waitsFor ? { ...c, documentId: c.waitsFor } : c))
      .sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt) || a.documentId.localeCompare(b.documentId))[0];
    if (!root) continue;
    // A type that is itself a guess says so (QA s14 f MEDIUM-3): the archivist checks it when the case comes.
    const reasonCode: Reason = { code: 'waiting_for_case', params: { documentType, waitsFor: root.documentId }, ...(alsoUnsure ? { also: alsoUnsure } : {}) };
    return { waitsFor: root.documentId, reason: reasonText(reasonCode, 'en', names), reasonCode };
  }
  return null;
}

/** The document waited for as people read it: its type and received date, and its file name for the page (QA s16: an id told the archivist nothing). */
export interface OpenerDescribed {
  documentType: string | null;
  fileName: string;
  receivedDate: string;
}

/**
 * The wait's reason naming the document it waits for by its type and received date, not its id (the file
 * name only in the params: the reason is published); the id stays in `waitsFor`, which the page links by.
 */
export function withOpenerDescribed(wait: WaitDecision, opener: OpenerDescribed | null, names: ReasonNames = plainNames): WaitDecision {
  if (!opener) return wait;
  const reasonCode: Reason = {
    ...wait.reasonCode,
    params: { ...wait.reasonCode.params, waitsForType: opener.documentType, waitsForFile: opener.fileName, waitsForReceived: opener.receivedDate },
  };
  return { ...wait, reasonCode, reason: reasonText(reasonCode, 'en', names) };
}
