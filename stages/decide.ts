import type { ArchivistDecision, Classification } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { DecisionError } from '#domain/errors';
import type { DocumentRepository, StagePorts } from './ports.ts';

type DocumentRecord = NonNullable<Awaited<ReturnType<DocumentRepository['get']>>>;

export interface ReviewItem {
  documentId: string;
  fileName: string;
  status: DocumentRecord['status'];
  reason: string | null;
  /** The machine's classification (its best guess), as the archivist corrects it. */
  classification: Classification | null;
  /** The state a decision resumes from. */
  resume: NonNullable<DocumentRecord['resume']>;
}

/** A document in the review queue, with what the archivist decides on. */
export async function loadReviewItem(documentId: string, ports: Pick<StagePorts, 'documents'>): Promise<ReviewItem | null> {
  const doc = await ports.documents.get(documentId);
  if (doc?.status !== 'review' || !doc.resume) return null;
  return { documentId, fileName: doc.fileName, status: doc.status, reason: doc.reason, classification: doc.resume.classification ?? null, resume: doc.resume };
}

/**
 * Records an archivist's decision and returns the execution state that carries the document on from
 * Link with the corrected values. The decision is kept on the document and in its audit trail.
 */
export async function decideStage(decision: ArchivistDecision, ports: Pick<StagePorts, 'documents' | 'audit'>): Promise<ExecutionState> {
  const review = await loadReviewItem(decision.documentId, ports);
  if (!review) throw new DecisionError(`document ${decision.documentId} is not waiting in the review queue`);
  if (!review.resume.classification) {
    throw new DecisionError(`document ${decision.documentId} was never read (${review.reason ?? 'no text'}); it must be registered by hand`);
  }
  if (!(await ports.documents.recordDecision(decision))) throw new DecisionError(`document ${decision.documentId} was decided by someone else, or left the review queue, meanwhile`);
  await ports.audit.record({ documentId: decision.documentId, event: 'ArchivistDecision', actor: decision.archivist, at: decision.decidedAt, details: { documentType: decision.documentType, area: decision.area, caseId: decision.caseId } });
  const { intake, fileName, inspection, pages, classification } = review.resume;
  return { intake, fileName, decision, ...(inspection ? { inspection } : {}), ...(pages ? { pages } : {}), classification };
}
