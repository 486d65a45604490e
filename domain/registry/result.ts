import type { Classification, Deadline, ProcessResult } from '#schemas/pipeline';
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
  /** A part of a split file: its line says which part, of how many, and its pages. */
  part?: { part: number; parts: number; pageRange: [number, number] } | undefined;
}

export function processResult(input: ResultInput): ProcessResult {
  const c = input.classification;
  return {
    file: input.fileName,
    documentId: input.documentId,
    status: input.status,
    reason: input.reason,
    documentType: c?.documentType ?? null,
    confidence: c?.confidence ?? null,
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
