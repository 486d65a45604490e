import { maskNationalIdsInText } from '#domain/fields/masked-national-ids';
import type { AttachmentCategory } from '#schemas/bundles';
import { oldestSortKey, prioritySortKey, priorities } from '#domain/registry/routing';
import { queryAll, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { caseFromItem, getCase, type CaseRecord } from './cases.ts';
import { recordAudit, type AuditEntry } from './audit.ts';
import { deadlineRecordFromItem, type DeadlineRecord } from './deadlines.ts';

/**
 * The store operations of the people's API that the pipeline does not need: releasing a claimed case
 * and reading a case's whole partition.
 */

export type ReleaseOutcome = { released: true; case: CaseRecord } | { released: false; reason: 'not_found' | 'not_claimed' | 'held_by_other'; handlerId: string | null };

/**
 * A case goes back to unassigned/{area}, where it was, if `handlerId` still holds it. `by` is who did it
 * when it is not the holder (an archivist, or `users remove` for a person who left): the journal says both.
 */
export async function releaseCase(db: Db, input: { caseId: string; handlerId: string; at: string; by?: string | undefined }): Promise<ReleaseOutcome> {
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
  const onBehalf = input.by && input.by !== input.handlerId;
  await recordAudit(db, { caseId: input.caseId, event: 'CaseReleased', actor: onBehalf ? input.by! : input.handlerId, at: input.at, ...(onBehalf ? { details: { heldBy: input.handlerId } } : {}) });
  return { released: true, case: after };
}

export interface CaseJournalDocument {
  documentId: string;
  fileName: string | null;
  documentType: string | null;
  receivedDate: string | null;
  journalStatus: string | null;
  registeredAt: string | null;
  createdCase: boolean;
  /** The type it was registered with, when a correction has changed it since. */
  registeredDocumentType?: string;
  /** A part of a bundle: main document or attachment, and (on the main) the listed attachments it lacks. */
  role?: 'main' | 'attachment';
  mainDocumentId?: string | null;
  missingAttachments?: string[];
  /** What the document can stand for in another letter's list of attachments (stages/classify.ts). */
  answersAttachments?: AttachmentCategory[];
}

export interface CasePartition {
  case: CaseRecord;
  /** The queue the case waits in (unassigned/{area}), or null once claimed. */
  queue: string | null;
  documents: CaseJournalDocument[];
  audit: AuditEntry[];
  /** The case's deadline book, an item of the same partition (null before Deadlines ran). */
  deadlines: DeadlineRecord | null;
}

/** A case, its journal's documents, its deadlines and its audit trail: one Query of the case's partition. */
export async function readCasePartition(db: Db, caseId: string): Promise<CasePartition | null> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.case(caseId).pk }, ConsistentRead: true });
  const caseItem = items.find((i) => i.sk === 'CASE');
  if (!caseItem) return null;
  const documents = items
    .filter((i) => i.type === 'case-document')
    .map((i) => ({
      documentId: i.documentId as string,
      fileName: typeof i.fileName === 'string' ? maskNationalIdsInText(i.fileName) : null,
      documentType: (i.documentType as string | undefined) ?? null,
      receivedDate: (i.receivedDate as string | undefined) ?? null,
      journalStatus: (i.journalStatus as string | undefined) ?? null,
      registeredAt: (i.registeredAt as string | undefined) ?? null,
      createdCase: i.createdCase === true,
      ...(i.registeredDocumentType && i.registeredDocumentType !== i.documentType ? { registeredDocumentType: i.registeredDocumentType as string } : {}),
      ...(i.answersAttachments ? { answersAttachments: i.answersAttachments as AttachmentCategory[] } : {}),
      ...(i.bundleRole ? { role: i.bundleRole as 'main' | 'attachment', mainDocumentId: (i.mainDocumentId as string | null) ?? null, missingAttachments: (i.missingAttachments as string[] | undefined) ?? [] } : {}),
    }))
    .sort((a, b) => (a.registeredAt ?? '').localeCompare(b.registeredAt ?? ''));
  const audit = items
    .filter((i) => i.type === 'audit')
    .map(({ pk: _pk, sk: _sk, type: _type, ...rest }) => rest as unknown as AuditEntry)
    .sort((a, b) => a.at.localeCompare(b.at));
  const deadlines = items.find((i) => i.sk === keys.deadlines(caseId).sk);
  return { case: caseFromItem(caseItem), queue: (caseItem.qpk as string | undefined) ?? null, documents, audit, deadlines: deadlines ? deadlineRecordFromItem(deadlines) : null };
}
