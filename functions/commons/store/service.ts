import type { PostmottakConfig } from '#schemas/config';
import type { ArchivistDecision, Classification } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { awaitingDeadline } from '#domain/deadlines';
import { extensionNoticeKinds } from '#domain/config';
import { addDays, compareIsoDates } from '#domain/calendar';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { normalizeReference, ownCaseIdIn } from '#domain/registry/case-number';
import { documentClient } from '../clients.ts';
import { env } from '../env.ts';
import { idHashKey } from './id-hash-key.ts';
import { queryAll, updateIf, updateExpression, withCondition, type CapacityMeter, type Db } from './db.ts';
import { keys } from './keys.ts';
import { caseFromItem, casesByNationalIdHash, casesByReference, getCase, getCases, type CaseRecord } from './cases.ts';
import { getDocument, type DocumentRecord } from './documents.ts';
import { changeDeadlines, getDeadlines, listDeadlinesDueBefore, type DueDeadline } from './deadlines.ts';
import { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
import { claimCase, listQueue, type ClaimOutcome, type QueuePage, type QueueQuery } from './queues.ts';
import type { DeadlineEntry } from '#domain/registry/deadline-book';

/**
 * What the CLI (and later the read API) asks of the store, as plain functions over a Db. In AWS and
 * on a laptop alike the Db comes from the environment (TABLE_NAME, the SDK's endpoint variables).
 */
export function dbFromEnv(meter?: CapacityMeter): Db {
  return { client: documentClient(), table: env.tableName(), meter };
}

export { listQueue, claimCase, type QueueQuery, type QueuePage, type ClaimOutcome };

/** A case handler opens an awaiting deadline (medical_declaration, expert_statement, consent, comments). */
export async function openAwaitingDeadline(
  db: Db,
  config: PostmottakConfig,
  input: { caseId: string; kind: DeadlineKind; openedOn: IsoDate; handlerId: string; at?: string },
): Promise<DeadlineEntry> {
  const deadline = awaitingDeadline(input.kind, input.openedOn, config);
  const record = await getCase(db, input.caseId);
  if (!record) throw Object.assign(new Error(`case ${input.caseId} does not exist`), { name: 'CaseNotFound' });
  const openedBy = `handler:${input.handlerId}`;
  const result = await changeDeadlines(db, { caseId: record.caseId, area: record.area, fresh: false, change: { open: [deadline], openedBy, openedOn: input.openedOn, close: [] } });
  const at = input.at ?? new Date().toISOString();
  await recordAudit(db, { caseId: record.caseId, event: 'DeadlineOpened', actor: input.handlerId, at, details: { kind: deadline.kind, due: deadline.due } });
  return result.opened[0]!;
}

export interface DueDeadlineView extends DueDeadline {
  caseNumber: string | null;
  handlerId: string | null;
  title: string | null;
}

/** Open deadlines due before a date (strictly), in every area of the configuration, earliest first. */
export async function deadlinesDueBefore(db: Db, config: PostmottakConfig, before: IsoDate): Promise<DueDeadlineView[]> {
  const due = await listDeadlinesDueBefore(db, { before, areas: config.areas.map((a) => a.code) });
  const cases = await getCases(db, due.map((d) => d.caseId));
  return due.map((d) => {
    const c = cases.get(d.caseId);
    return { ...d, caseNumber: c?.caseNumber ?? null, handlerId: c?.handlerId ?? null, title: c?.title ?? null };
  });
}

export interface DeadlineWatch {
  dueBefore: IsoDate;
  /** Every open deadline due before dueBefore. */
  deadlines: DueDeadlineView[];
  /**
   * Cases whose case_processing deadline (deadlineRules[].extensionNotice) falls before dueBefore: the unit must send «varsel om
   * forlenget svarfrist» (forvaltningsloven § 11 a third paragraph) before it passes.
   */
  extensionNotices: DueDeadlineView[];
}

/** The deadline watcher's answer for a day: what comes due within the horizon. */
export async function watchDeadlines(db: Db, config: PostmottakConfig, input: { today: IsoDate; horizonDays: number }): Promise<DeadlineWatch> {
  const dueBefore = addDays(input.today, input.horizonDays + 1);
  const deadlines = await deadlinesDueBefore(db, config, dueBefore);
  const noticeKinds = extensionNoticeKinds(config);
  return { dueBefore, deadlines, extensionNotices: deadlines.filter((d) => noticeKinds.includes(d.kind)) };
}

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
export async function loadReview(db: Db, documentId: string): Promise<ReviewItem | null> {
  const doc = await getDocument(db, documentId);
  if (doc?.status !== 'review' || !doc.resume) return null;
  return { documentId, fileName: doc.fileName, status: doc.status, reason: doc.reason, classification: doc.resume.classification ?? null, resume: doc.resume };
}

export class DecisionError extends Error {
  override name = 'DecisionError';
}

/**
 * Records an archivist's decision and returns the execution state that carries the document on from
 * Link with the corrected values. The decision is kept on the document and in its audit trail.
 */
export async function recordDecision(db: Db, decision: ArchivistDecision): Promise<ExecutionState> {
  const review = await loadReview(db, decision.documentId);
  if (!review) throw new DecisionError(`document ${decision.documentId} is not waiting in the review queue`);
  if (!review.resume.classification) {
    throw new DecisionError(`document ${decision.documentId} was never read (${review.reason ?? 'no text'}); it must be registered by hand`);
  }
  const recorded = await updateIf(
    db,
    withCondition({ Key: keys.document(decision.documentId), ...updateExpression({ set: { decision, decidedAt: decision.decidedAt } }) }, '#s = :review', { '#s': 'status' }, { ':review': 'review' }),
  );
  if (!recorded) throw new DecisionError(`document ${decision.documentId} left the review queue meanwhile`);
  await recordAudit(db, { documentId: decision.documentId, event: 'ArchivistDecision', actor: decision.archivist, at: decision.decidedAt, details: { documentType: decision.documentType, area: decision.area, caseId: decision.caseId } });
  const { intake, fileName, inspection, pages, classification } = review.resume;
  return { intake, fileName, decision, ...(inspection ? { inspection } : {}), ...(pages ? { pages } : {}), classification };
}

export interface CaseView {
  case: CaseRecord;
  deadlines: DeadlineEntry[];
  audit: AuditEntry[];
}

/** A case with its deadlines and audit trail: one query of the case's partition. */
export async function caseView(db: Db, caseId: string): Promise<CaseView | null> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.case(caseId).pk }, ConsistentRead: true });
  const caseItem = items.find((i) => i.sk === 'CASE');
  if (!caseItem) return null;
  const deadlines = await getDeadlines(db, caseId);
  return {
    case: caseFromItem(caseItem),
    deadlines: Object.values(deadlines?.book ?? {}).sort((a, b) => compareIsoDates(a.due, b.due)),
    audit: (await auditTrail(db, { caseId })).sort((a, b) => a.at.localeCompare(b.at)),
  };
}

/** A case by any of its references: our own number (2025/00042) or another agency's. */
export async function casesByAnyReference(db: Db, reference: string): Promise<CaseRecord[]> {
  const normalized = normalizeReference(reference);
  const ids = new Set((await casesByReference(db, normalized)).map((h) => h.caseId));
  const own = ownCaseIdIn(normalized);
  if (own) ids.add(own);
  return [...(await getCases(db, [...ids])).values()];
}

/** Open cases of a national id, found by its keyed hash (ID_HASH_KEY); the number itself is never stored. */
export async function openCasesOfNationalId(db: Db, nationalId: string, hashKey?: string): Promise<CaseRecord[]> {
  const hits = await casesByNationalIdHash(db, nationalIdHash(nationalId, hashKey ?? (await idHashKey())), true);
  return [...(await getCases(db, hits.map((h) => h.caseId))).values()].filter((c) => c.open);
}

export { getCase, getDocument };
