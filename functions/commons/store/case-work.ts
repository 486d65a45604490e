import type { ArchivistDecision } from '#schemas/pipeline';
import { oldestSortKey, prioritySortKey, priorities } from '#domain/registry/routing';
import { getItem, queryAll, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { caseFromItem, getCase, type CaseRecord } from './cases.ts';
import { recordAudit, type AuditEntry } from './audit.ts';
import { documentFromItem, type DocumentRecord } from './documents.ts';

/**
 * The store operations of the people's API that the pipeline does not need: releasing a claimed case,
 * recording an archivist's decision exactly once, and reading a case's whole partition.
 */

export type ReleaseOutcome = { released: true; case: CaseRecord } | { released: false; reason: 'not_found' | 'not_claimed' | 'held_by_other'; handlerId: string | null };

/** The handler who holds a case gives it back: it returns to unassigned/{area}, where it was. */
export async function releaseCase(db: Db, input: { caseId: string; handlerId: string; at: string }): Promise<ReleaseOutcome> {
  const record = await getCase(db, input.caseId);
  if (!record) return { released: false, reason: 'not_found', handlerId: null };
  const set: Item = { qpk: `unassigned/${record.area}`, qsk: oldestSortKey(record.receivedDate, record.caseNumber), releasedAt: input.at };
  if (record.priority > priorities.normal) set.qprio = prioritySortKey(record.priority, record.receivedDate, record.caseNumber);
  const released = await updateIf(
    db,
    withCondition({ Key: keys.case(input.caseId), ...updateExpression({ set, remove: ['handlerId', 'claimedAt'] }) }, '#h = :me', { '#h': 'handlerId' }, { ':me': input.handlerId }),
  );
  const after = await getCase(db, input.caseId);
  if (!after) return { released: false, reason: 'not_found', handlerId: null };
  if (!released) return { released: false, reason: after.handlerId ? 'held_by_other' : 'not_claimed', handlerId: after.handlerId };
  await recordAudit(db, { caseId: input.caseId, event: 'CaseReleased', actor: input.handlerId, at: input.at });
  return { released: true, case: after };
}

export type DecisionRecordOutcome = { recorded: true; document: DocumentRecord } | { recorded: false; reason: 'not_found' | 'not_in_review' | 'already_decided'; document: DocumentRecord | null };

/**
 * Keeps an archivist's decision on a document waiting in review, once: the write is conditional on
 * the status and on no decision being there, so of two decisions (two tabs, two archivists) one is
 * recorded and the other is refused. A document the decision sends back to review is stored anew by
 * the Review stage, without the decision, and can then be decided again.
 */
export async function recordDecisionOnce(db: Db, decision: ArchivistDecision): Promise<DecisionRecordOutcome> {
  const recorded = await updateIf(
    db,
    withCondition(
      { Key: keys.document(decision.documentId), ...updateExpression({ set: { decision, decidedAt: decision.decidedAt } }) },
      '#s = :review AND attribute_not_exists(#d)',
      { '#s': 'status', '#d': 'decidedAt' },
      { ':review': 'review' },
    ),
  );
  const item = await getItem(db, keys.document(decision.documentId), { consistent: true });
  const document = item ? documentFromItem(item) : null;
  if (recorded && document) {
    await recordAudit(db, {
      documentId: decision.documentId,
      event: 'ArchivistDecision',
      actor: decision.archivist,
      at: decision.decidedAt,
      details: { documentType: decision.documentType, area: decision.area, caseId: decision.caseId },
    });
    return { recorded: true, document };
  }
  if (!document?.status) return { recorded: false, reason: 'not_found', document };
  return { recorded: false, reason: document.status === 'review' ? 'already_decided' : 'not_in_review', document };
}

export interface CaseJournalDocument {
  documentId: string;
  fileName: string | null;
  documentType: string | null;
  receivedDate: string | null;
  journalStatus: string | null;
  registeredAt: string | null;
  createdCase: boolean;
}

export interface CasePartition {
  case: CaseRecord;
  /** The queue the case waits in (unassigned/{area}), or null once claimed. */
  queue: string | null;
  documents: CaseJournalDocument[];
  audit: AuditEntry[];
}

/** A case, its journal's documents and its audit trail: one Query of the case's partition. */
export async function readCasePartition(db: Db, caseId: string): Promise<CasePartition | null> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.case(caseId).pk }, ConsistentRead: true });
  const caseItem = items.find((i) => i.sk === 'CASE');
  if (!caseItem) return null;
  const documents = items
    .filter((i) => i.type === 'case-document')
    .map((i) => ({
      documentId: i.documentId as string,
      fileName: (i.fileName as string | undefined) ?? null,
      documentType: (i.documentType as string | undefined) ?? null,
      receivedDate: (i.receivedDate as string | undefined) ?? null,
      journalStatus: (i.journalStatus as string | undefined) ?? null,
      registeredAt: (i.registeredAt as string | undefined) ?? null,
      createdCase: i.createdCase === true,
    }))
    .sort((a, b) => (a.registeredAt ?? '').localeCompare(b.registeredAt ?? ''));
  const audit = items
    .filter((i) => i.type === 'audit')
    .map(({ pk: _pk, sk: _sk, type: _type, ...rest }) => rest as unknown as AuditEntry)
    .sort((a, b) => a.at.localeCompare(b.at));
  return { case: caseFromItem(caseItem), queue: (caseItem.qpk as string | undefined) ?? null, documents, audit };
}
