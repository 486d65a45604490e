import { PAGE_BREAK } from '#domain/classify/page-break';
import type { ArchivistDecision, Classification } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { DecisionError } from '#domain/errors';
import type { DocumentRepository, StagePorts } from './ports.ts';
import { decisionDetails } from './decision-details.ts';


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
  /** When this stay in the queue began (Review writes it anew on every re-queue); null on an item without it. */
  queuedAt: string | null;
}

/** What the archivist decides on, from a document as read; null when it is not waiting in the review queue. */
export function reviewItemOf(doc: DocumentRecord | null): ReviewItem | null {
  if (doc?.status !== 'review' || !doc.resume) return null;
  // `item` is the stored item as read; a record built by hand (a stage's unit test) may lack it.
  const queuedAt = (doc.item as DocumentRecord['item'] | undefined)?.queuedAt;
  return { documentId: doc.documentId, fileName: doc.fileName, status: doc.status, reason: doc.reason, classification: doc.resume.classification ?? null, resume: doc.resume, queuedAt: typeof queuedAt === 'string' ? queuedAt : null };
}

/** A document in the review queue, with what the archivist decides on. */
export async function loadReviewItem(documentId: string, ports: Pick<StagePorts, 'documents'>): Promise<ReviewItem | null> {
  return reviewItemOf(await ports.documents.get(documentId));
}

/**
 * Records an archivist's decision and returns the execution state that carries the document on from
 * Link with the corrected values. The decision is kept on the document and in its audit trail.
 */
export async function decideStage(decision: ArchivistDecision, ports: Pick<StagePorts, 'documents' | 'audit'>, read?: ReviewItem | null): Promise<ExecutionState> {
  // A caller that has just read the document to check the decision passes what it read: reading it again
  // would open its sealed national ids again (two KMS Decrypts a decision). The conditional write below
  // still refuses a document that was decided, or left the queue, since it was read.
  if (read && read.documentId !== decision.documentId) throw new Error(`the document read (${read.documentId}) is not the one decided (${decision.documentId})`);
  const review = read !== undefined ? read : await loadReviewItem(decision.documentId, ports);
  if (!review) throw new DecisionError(`document ${decision.documentId} is not waiting in the review queue`);
  if (!review.resume.classification) {
    throw new DecisionError(`document ${decision.documentId} was never read (${review.reason ?? 'no text'}); it must be registered by hand`);
  }
  // queuedAt as read: the document may have been decided by someone else, sent on and queued again
  // since (status review, no decision: the same as read but for this).
  if (!(await ports.documents.recordDecision(decision, review.queuedAt))) throw new DecisionError(`document ${decision.documentId} was decided by someone else, or left the review queue, meanwhile`);
  await ports.audit.record({ documentId: decision.documentId, event: 'ArchivistDecision', actor: decision.archivist, at: decision.decidedAt, details: decisionDetails(decision) });
  const { intake, fileName, inspection, pages, classification, part } = review.resume;
  return { intake, fileName, decision, ...(part ? { part } : {}), ...(inspection ? { inspection } : {}), ...(pages ? { pages } : {}), classification };
}

/**
 * The documents that waited beside a decided one (issue 13), as execution states that carry each on
 * from Link now that its case exists. Every path that runs an archivist's decision (the CLI's
 * `review decide`, the service's decision route) runs these after the decided document's own
 * execution. Nobody has looked at them: the state says whose decision carried them on, corrects
 * nothing, and their own review reasons (an unsure type) still send them to review.
 */
export async function carryOnWaiting(decidedDocumentId: string, ports: Pick<StagePorts, 'documents' | 'waiting' | 'clock'>): Promise<ExecutionState[]> {
  if (!ports.waiting) return [];
  const states: ExecutionState[] = [];
  for (const documentId of await ports.waiting.waitingBeside(decidedDocumentId)) {
    const review = await loadReviewItem(documentId, ports);
    if (!review?.resume.classification) continue;
    const { intake, fileName, inspection, pages, classification, part } = review.resume;
    const decision = { documentId, archivist: 'postmottak', decidedAt: ports.clock.now().toISOString(), carriedOnAfter: decidedDocumentId };
    states.push({ intake, fileName, decision, ...(part ? { part } : {}), ...(inspection ? { inspection } : {}), ...(pages ? { pages } : {}), classification });
  }
  return states;
}

/**
 * What an archivist's decision teaches the classifier: the document's text with the archivist's
 * type and area, beside the machine's answer (issue 13, item 7). It holds personal data, so it is
 * kept where the documents are (the data dir locally, the protected bucket in AWS), never in the
 * repository; `npm run train -- --examples <data dir>` reads them.
 */
export interface LabelledExample {
  documentId: string;
  text: string;
  documentType: string;
  area: string;
  language: string;
  machine: { documentType: string; area: string; confidence: number };
  archivist: string;
  decidedAt: string;
}

/** The example a decision leaves, from the pages' text as read (in page order); null for a carried-on document. */
export function labelledExample(decision: ArchivistDecision, state: ExecutionState, pageTexts: string[]): LabelledExample | null {
  const machine = state.classification;
  if (!machine || decision.carriedOnAfter) return null;
  return {
    documentId: decision.documentId,
    text: pageTexts.join(PAGE_BREAK),
    documentType: decision.documentType ?? machine.documentType,
    area: decision.area ?? machine.area,
    language: machine.language,
    machine: { documentType: machine.documentType, area: machine.area, confidence: machine.confidence },
    archivist: decision.archivist,
    decidedAt: decision.decidedAt,
  };
}
