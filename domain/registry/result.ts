import type { Classification, ConfidenceOf, Deadline, ProcessResult } from '#schemas/pipeline';
import type { DeadlineKind } from '#schemas/taxonomy';

/**
 * The one place a stage's final answer is built (review, reject, route, record-failure), so the CLI's
 * JSON line has the same shape whichever way a document left the pipeline.
 */
export interface ResultInput {
  fileName: string;
  documentId: string;
  status: ProcessResult['status'];
  reason: string | null;
  queue: string;
  /** The classification as registered (an archivist's corrections applied), or the best guess; absent when the document was never classified. */
  classification?: Classification | undefined;
  pages?: number | null | undefined;
  caseId?: string | null | undefined;
  keywords?: readonly string[] | undefined;
  deadlines?: readonly Deadline[] | undefined;
  closedDeadlines?: readonly DeadlineKind[] | undefined;
  /**
   * A must-link document registered on an existing case: it took the case's area, so its line reports
   * the confidence it was let through on, P(type right), not the joint one (QA s15).
   */
  linkedFollowUp?: boolean | undefined;
  /** A part of a split file: its line says which part, of how many, and its pages. */
  part?: { part: number; parts: number; pageRange: [number, number] } | undefined;
}

/**
 * The confidence a decision used and what it is the probability of: a must-link document on an existing
 * case takes the case's area, so only its type had to be sure (Link's gate, Register's journal status);
 * every other document, the joint P(type and area right). A classification from before typeConfidence
 * existed has only the joint one.
 */
export function decisionConfidence(c: Pick<Classification, 'confidence' | 'typeConfidence'>, linkedFollowUp: boolean): { confidence: number; confidenceOf: ConfidenceOf } {
  return linkedFollowUp && c.typeConfidence !== undefined ? { confidence: c.typeConfidence, confidenceOf: 'type' } : { confidence: c.confidence, confidenceOf: 'type_and_area' };
}

export function processResult(input: ResultInput): ProcessResult {
  const c = input.classification;
  const used = c ? decisionConfidence(c, input.linkedFollowUp === true) : null;
  return {
    file: input.fileName,
    documentId: input.documentId,
    status: input.status,
    reason: input.reason,
    documentType: c?.documentType ?? null,
    confidence: used?.confidence ?? null,
    ...(used ? { confidenceOf: used.confidenceOf } : {}),
    area: c?.area ?? null,
    language: c?.language ?? null,
    pages: c?.pages ?? input.pages ?? null,
    textSource: c?.textSource ?? null,
    fields: c?.fields ?? null,
    caseId: input.caseId ?? null,
    keywords: [...(input.keywords ?? [])],
    deadlines: [...(input.deadlines ?? [])],
    closedDeadlines: [...(input.closedDeadlines ?? [])],
    queue: input.queue,
    ...(input.part ? { part: input.part.part, parts: input.part.parts, pageRange: input.part.pageRange } : {}),
  };
}
