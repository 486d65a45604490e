import type { PostmottakConfig } from '#schemas/config';
import type { ArchivistDecision, } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { extensionNoticeStillDue } from '#domain/config';
import { DecisionError } from '#domain/errors';
import { addDays, compareIsoDates } from '#domain/calendar';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { normalizeReference, ownCaseIdIn } from '#domain/registry/case-number';
import { documentClient } from '../clients.ts';
import { env } from '../env.ts';
import { idHashKey } from './id-hash-key.ts';
import { queryAll, type CapacityMeter, type Db } from './db.ts';
import { keys } from './keys.ts';
import { caseFromItem, casesByNationalIdHash, casesByReference, getCase, getCases, type CaseRecord } from './cases.ts';
import { getDocument } from './documents.ts';
import { getDeadlines, listDeadlinesDueBefore, type DueDeadline } from './deadlines.ts';
import { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
import { claimCase, listQueue, type ClaimOutcome, type QueuePage, type QueueQuery } from './queues.ts';
import type { DeadlineEntry } from '#domain/registry/deadline-book';
import { carryOnWaiting, decideStage, loadReviewItem, type ReviewItem } from '../../../stages/decide.ts';
import { dynamoWaitingRoom } from './waiting-room.ts';
import { openDeadlineStage } from '../../../stages/open-deadline.ts';
import { dynamoCases, dynamoDocuments } from './repositories.ts';

const auditLog = (db: Db) => ({ record: (entry: AuditEntry) => recordAudit(db, entry) });

/**
 * What the CLI (and later the read API) asks of the store, as plain functions over a Db. In AWS and
 * on a laptop alike the Db comes from the environment (TABLE_NAME, the SDK's endpoint variables).
 */
export function dbFromEnv(meter?: CapacityMeter): Db {
  return { client: documentClient(), table: env.tableName(), meter };
}

export { listQueue, claimCase, type QueueQuery, type QueuePage, type ClaimOutcome };

/** A case handler opens an awaiting deadline (stages/open-deadline.ts over this table). */
export async function openAwaitingDeadline(
  db: Db,
  config: PostmottakConfig,
  input: { caseId: string; kind: DeadlineKind; openedOn: IsoDate; handlerId: string; at?: string },
): Promise<DeadlineEntry> {
  return openDeadlineStage(input, { config, cases: dynamoCases(db), audit: auditLog(db), clock: { now: () => new Date() } });
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
   * forlenget svarfrist» (forvaltningsloven § 11 a third paragraph) before it passes. Not the deadline a notice
   * already promised (opened by the notice): the notice exists.
   */
  extensionNotices: DueDeadlineView[];
}

/** The deadline watcher's answer for a day: what comes due within the horizon. */
export async function watchDeadlines(db: Db, config: PostmottakConfig, input: { today: IsoDate; horizonDays: number }): Promise<DeadlineWatch> {
  const dueBefore = addDays(input.today, input.horizonDays + 1);
  const deadlines = await deadlinesDueBefore(db, config, dueBefore);
  return { dueBefore, deadlines, extensionNotices: deadlines.filter(extensionNoticeStillDue(config)) };
}

export type { ReviewItem };

/** A document in the review queue, with what the archivist decides on. */
export function loadReview(db: Db, documentId: string): Promise<ReviewItem | null> {
  return loadReviewItem(documentId, { documents: dynamoDocuments(db) });
}

export { DecisionError };

/** The documents that waited beside a decided one, ready to carry on from Link (stages/decide.ts). */
export function waitingToCarryOn(db: Db, decidedDocumentId: string): Promise<ExecutionState[]> {
  return carryOnWaiting(decidedDocumentId, { documents: dynamoDocuments(db), waiting: dynamoWaitingRoom(db), clock: { now: () => new Date() } });
}

/**
 * Records an archivist's decision (stages/decide.ts over this table); the state resumes from Link.
 * `read`: the document as the caller has just read it, so that its sealed ids are not opened twice.
 */
export function recordDecision(db: Db, decision: ArchivistDecision, read?: ReviewItem | null): Promise<ExecutionState> {
  return decideStage(decision, { documents: dynamoDocuments(db), audit: auditLog(db) }, read);
}

export interface CaseView {
  case: CaseRecord;
  deadlines: DeadlineEntry[];
  audit: AuditEntry[];
}

/** A case with its deadlines and audit trail: one query of the case's partition. */
export async function caseView(db: Db, caseId: string): Promise<CaseView | null> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.case(caseId).pk }, ConsistentRead: true });
  const caseItem = items.find((i) => i.sk === keys.case(caseId).sk);
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
