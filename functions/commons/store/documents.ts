import { maskNationalIdsInText } from '#domain/fields/masked-national-ids';
import type { ArchivistDecision, Deadline, ProcessResult } from '#schemas/pipeline';
import { decisionDetails, isPersonsDecision } from '../../../stages/decision-details.ts';
import type { Reason } from '#schemas/reasons';
import type { DeadlineKind } from '#schemas/taxonomy';
import { INCOMING, type JournalStatus, type Restanse, type WriteOffMethod } from '#domain/registry/noark';
import { oldestSortKey } from '#domain/registry/routing';
import { getItem, putIf, putItem, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { openDocumentItem, sealDocumentItem, sealingOf } from './sealed-national-ids.ts';
import type { DocumentRecord, DocumentStatus, ReviewResume } from '../../../stages/records.ts';
import type { JournalEntry, ReviewRecordInput } from '../../../stages/ports.ts';

export type { DocumentRecord, DocumentStatus, ReviewResume };

export function documentFromItem(item: Item): DocumentRecord {
  return {
    documentId: item.documentId as string,
    // A document item a writer left half-made has no name yet: nothing to mask (store.test.ts, a writer dying).
    fileName: typeof item.fileName === 'string' ? maskNationalIdsInText(item.fileName) : (item.fileName as string),
    status: item.status as DocumentStatus,
    reason: (item.reason as string | null | undefined) ?? null,
    reasonCode: (item.reasonCode as Reason | undefined) ?? null,
    receivedDate: item.receivedDate as string,
    caseId: (item.caseId as string | undefined) ?? null,
    caseNumber: (item.caseNumber as string | undefined) ?? null,
    createdCase: item.createdCase === true,
    journalStatus: (item.journalStatus as JournalStatus | undefined) ?? null,
    restanse: (item.restanse as Restanse | undefined) ?? null,
    queue: (item.queue as string | undefined) ?? null,
    resume: (item.resume as ReviewResume | undefined) ?? null,
    decision: item.decision,
    result: resultOf(item),
    item,
  };
}

/** The stored answer, rebuilt from the attributes a routed, reviewed or rejected document keeps. */
function resultOf(item: Item): ProcessResult | null {
  if (item.status !== 'routed' && item.status !== 'review' && item.status !== 'rejected') return null;
  return {
    file: typeof item.fileName === 'string' ? maskNationalIdsInText(item.fileName) : (item.fileName as string),
    documentId: item.documentId as string,
    status: item.status,
    reason: (item.reason as string | null | undefined) ?? null,
    documentType: (item.documentType as ProcessResult['documentType'] | undefined) ?? null,
    confidence: (item.confidence as number | undefined) ?? null,
    // A re-run answers what the first run said, including what its confidence is the probability of.
    ...(typeof item.confidenceOf === 'string' ? { confidenceOf: item.confidenceOf as NonNullable<ProcessResult['confidenceOf']> } : {}),
    area: (item.area as string | undefined) ?? null,
    language: (item.language as ProcessResult['language'] | undefined) ?? null,
    pages: (item.pages as number | undefined) ?? null,
    textSource: (item.textSource as ProcessResult['textSource'] | undefined) ?? null,
    fields: (item.fields as ProcessResult['fields'] | undefined) ?? null,
    caseId: item.status === 'routed' ? ((item.caseId as string | undefined) ?? null) : null,
    keywords: (item.keywords as string[] | undefined) ?? [],
    deadlines: (item.deadlinesOpened as Deadline[] | undefined) ?? [],
    closedDeadlines: (item.deadlinesClosed as DeadlineKind[] | undefined) ?? [],
    queue: item.queue as string,
    ...(typeof item.part === 'number' ? { part: item.part, parts: item.parts as number, pageRange: item.pageRange as [number, number] } : {}),
  };
}

export async function getDocument(db: Db, documentId: string, consistent = true): Promise<DocumentRecord | null> {
  const item = await getItem(db, keys.document(documentId), { consistent });
  return item ? documentFromItem(await openDocumentItem(item, sealingOf(db))) : null;
}

/**
 * The document with its national ids left sealed (its fields carry `nationalIdHashes` and
 * `nationalIdsSealed`, no `nationalIds`): for the store's own checks of status and case, so that a
 * function that holds no national-id key (link, reconcile) and the checks on hot paths ask no key.
 */
export async function getDocumentAsStored(db: Db, documentId: string, consistent = true): Promise<DocumentRecord | null> {
  const item = await getItem(db, keys.document(documentId), { consistent });
  return item ? documentFromItem(item) : null;
}

function classificationAttributes(result: ProcessResult): Item {
  return {
    documentType: result.documentType ?? undefined,
    confidence: result.confidence ?? undefined,
    confidenceOf: result.confidenceOf ?? undefined,
    area: result.area ?? undefined,
    language: result.language ?? undefined,
    pages: result.pages ?? undefined,
    textSource: result.textSource ?? undefined,
    fields: result.fields ?? undefined,
    ...partAttributes(result),
  };
}

/** A part of a split file keeps which part it is, so its stored answer (a re-run's, a duplicate's) says so too. */
function partAttributes(result: ProcessResult): Item {
  return result.part ? { part: result.part, parts: result.parts, pageRange: result.pageRange } : {};
}

/**
 * The review queue: journal status M, the reason, the best guess, and what a decision needs to resume.
 * `overwrite` lists statuses this write may replace (record-failure also takes a registered document).
 * `decidedAt` is the decision the writing execution resumed from, if any: an archivist's decision or
 * outcome is kept on a record whose status stays 'review', and only the execution that decision started
 * may replace that record (sending the document back to review). Any other attempt — a retried Review or
 * RecordFailure whose answer was lost, or that timed out and ran again after the archivist acted — would
 * otherwise delete the decision or outcome and put the document back in the queue.
 */
export async function recordReview(db: Db, input: ReviewRecordInput): Promise<DocumentRecord | null> {
  const { result } = input;
  // Sealed once (a KMS data key in AWS), whichever of the two puts below writes it.
  const sealed = await sealDocumentItem(
    {
      ...keys.document(result.documentId),
      type: 'document',
      documentId: result.documentId,
      fileName: result.file,
      status: 'review',
      reason: result.reason,
      ...(input.reasonCode ? { reasonCode: input.reasonCode } : {}),
      receivedDate: input.receivedDate,
      journalpostType: INCOMING,
      journalStatus: 'M',
      ...classificationAttributes(result),
      queue: 'review',
      qpk: 'review',
      qsk: oldestSortKey(input.receivedDate, `${input.queuedAt}#${result.documentId}`),
      resume: input.resume,
      ...(input.failure ? { failure: input.failure } : {}),
      queuedAt: input.queuedAt,
    },
    sealingOf(db),
  );
  // Most documents come to review with no document item yet: then the put's own condition is the
  // check, and the read below is only made when an item is there (a status to respect, a mapping to keep).
  if (await putIf(db, { Item: sealed, ConditionExpression: 'attribute_not_exists(pk)' })) return null;
  // A document that took a case number before it failed keeps its mapping, so the archivist's
  // decision finds that case again instead of taking a second number.
  const before = await getDocumentAsStored(db, result.documentId);
  // Refused: the stored record answers, opened as conditionalPut's refusal answers it (its read is the same item).
  if (before?.status && !input.overwrite.includes(before.status)) return documentFromItem(await openDocumentItem(before.item, sealingOf(db)));
  if (before && !mayReplaceDecided(before.item, input.decidedAt ?? null)) return documentFromItem(await openDocumentItem(before.item, sealingOf(db)));
  const mapping = before?.caseId ? { caseId: before.caseId, caseNumber: before.caseNumber, createdCase: before.createdCase } : {};
  return conditionalPutSealed(db, { ...sealed, ...mapping }, input.overwrite, keepsDecided(input.decidedAt ?? null));
}

/** The stored item holds no decision or outcome, or only the decision the writing execution resumed from. */
function mayReplaceDecided(stored: Item, decidedAt: string | null): boolean {
  if (stored.outcome !== undefined) return false;
  return stored.decidedAt === undefined || (decidedAt !== null && stored.decidedAt === decidedAt);
}

/** mayReplaceDecided as the put's condition, for a decision or outcome recorded between the read and the put. */
function keepsDecided(decidedAt: string | null): Guard {
  const names = { '#decidedAt': 'decidedAt', '#outcome': 'outcome' };
  if (decidedAt === null) return { condition: 'attribute_not_exists(#decidedAt) AND attribute_not_exists(#outcome)', names, values: {} };
  return { condition: '(attribute_not_exists(#decidedAt) OR #decidedAt = :decidedAt) AND attribute_not_exists(#outcome)', names, values: { ':decidedAt': decidedAt } };
}

/** A further condition a conditional put holds to, beside the status it may replace. */
interface Guard {
  condition: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

export async function recordRejection(db: Db, input: { result: ProcessResult; reasonCode?: Reason | null | undefined; receivedDate: string; quarantineKey: string; queuedAt: string }): Promise<DocumentRecord | null> {
  const { result } = input;
  const item: Item = {
    ...keys.document(result.documentId),
    type: 'document',
    documentId: result.documentId,
    fileName: result.file,
    status: 'rejected',
    reason: result.reason,
    ...(input.reasonCode ? { reasonCode: input.reasonCode } : {}),
    receivedDate: input.receivedDate,
    queue: 'quarantine',
    qpk: 'quarantine',
    qsk: oldestSortKey(input.receivedDate, `${input.queuedAt}#${result.documentId}`),
    quarantineKey: input.quarantineKey,
    queuedAt: input.queuedAt,
  };
  return conditionalPut(db, item, []);
}

/** The journal entry of a registered document. Replaces a review record (an archivist's decision), never a routed or rejected one. */
export async function writeJournalEntry(
  db: Db,
  input: JournalEntry,

): Promise<DocumentRecord | null> {
  const c = input.classification;
  const item: Item = {
    ...keys.document(input.documentId),
    type: 'document',
    documentId: input.documentId,
    fileName: input.fileName,
    status: 'registered',
    reason: null,
    receivedDate: input.intake.receivedDate,
    ...(input.intake.postmarkDate ? { postmarkDate: input.intake.postmarkDate } : {}),
    source: { bucket: input.intake.bucket, key: input.intake.key, etag: input.intake.etag },
    journalpostType: INCOMING,
    journalStatus: input.journalStatus,
    confirmedBy: input.confirmedBy,
    registeredAt: input.registeredAt,
    restanse: input.needsReply ? { status: 'open' } : undefined,
    documentType: c.documentType,
    confidence: input.decided?.confidence ?? c.confidence,
    confidenceOf: input.decided?.confidenceOf,
    area: c.area,
    language: c.language,
    pages: c.pages,
    textSource: c.textSource,
    fields: c.fields,
    caseId: input.caseId,
    caseNumber: input.caseNumber,
    createdCase: input.createdCase,
    // Kept on the document for GET /documents/{id}: the registration replaces the review record that held it.
    ...(input.decision ? { decision: input.decision } : {}),
    ...(input.part ? { bundleRole: input.part.role, mainDocumentId: input.part.mainDocumentId, missingAttachments: input.part.missingAttachments } : {}),
    ...(c.answersAttachments?.length ? { answersAttachments: c.answersAttachments } : {}),
  };
  // A document that only carries its case-number mapping (no status yet) is this same registration.
  const existing = await conditionalPut(db, item, ['review']);
  // The case's journal line: an idempotent put keyed by case and document, so a re-run writes the same item.
  if (!existing || existing.caseId === input.caseId) {
    await putItem(db, { Item: caseJournalItem(item) });
    if (isPersonsDecision(input.decision)) await putItem(db, { Item: caseDecisionItem(input.decision, input.caseId) });
  }
  return existing;
}

/**
 * The archivist's decision in the case's audit trail, so the case's journal names the person who
 * decided and the dates they typed (the decision was recorded under the document, before it had a
 * case). Keyed by the document: a re-run writes the same item.
 */
function caseDecisionItem(decision: ArchivistDecision, caseId: string): Item {
  return {
    ...keys.audit(caseId, decision.decidedAt, `ArchivistDecision#${decision.documentId}`),
    type: 'audit',
    event: 'ArchivistDecision',
    actor: decision.archivist,
    at: decision.decidedAt,
    caseId,
    documentId: decision.documentId,
    details: { ...decisionDetails(decision), caseId },
  };
}

/** What a case read lists of each of its documents, under the case's own partition. */
function caseJournalItem(document: Item): Item {
  return {
    ...keys.caseDocument(document.caseId as string, document.documentId as string),
    type: 'case-document',
    documentId: document.documentId,
    caseId: document.caseId,
    fileName: document.fileName,
    documentType: document.documentType,
    receivedDate: document.receivedDate,
    journalStatus: document.journalStatus,
    registeredAt: document.registeredAt,
    createdCase: document.createdCase,
    ...(document.bundleRole ? { bundleRole: document.bundleRole, mainDocumentId: document.mainDocumentId, missingAttachments: document.missingAttachments } : {}),
    ...(document.answersAttachments ? { answersAttachments: document.answersAttachments } : {}),
  };
}

async function conditionalPut(db: Db, clear: Item, overwrite: DocumentStatus[]): Promise<DocumentRecord | null> {
  return conditionalPutSealed(db, await sealDocumentItem(clear, sealingOf(db)), overwrite);
}

/** Puts an item already sealed unless the stored one has a status outside `overwrite` (or fails `guard`); answers the stored one then. */
async function conditionalPutSealed(db: Db, item: Item, overwrite: DocumentStatus[], guard?: Guard): Promise<DocumentRecord | null> {
  const values = { ...Object.fromEntries(overwrite.map((status, i) => [`:s${i}`, status])), ...guard?.values };
  const statuses = ['attribute_not_exists(#status)', ...overwrite.map((_, i) => `#status = :s${i}`)].join(' OR ');
  const written = await putIf(db, {
    Item: item,
    ConditionExpression: guard ? `(${statuses}) AND ${guard.condition}` : statuses,
    ExpressionAttributeNames: { '#status': 'status', ...guard?.names },
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  });
  if (written) return null;
  return getDocument(db, item.documentId as string);
}

/** The last write of a routed document: where it went and what it did. Returns the stored document when it was routed before. */
export async function markRouted(
  db: Db,
  input: { result: ProcessResult; receivedDate: string; docQueue: { qpk: string; qsk: string } | null; routedAt: string },
): Promise<DocumentRecord | null> {
  const { result } = input;
  const set: Item = {
    status: 'routed',
    queue: result.queue,
    keywords: result.keywords,
    deadlinesOpened: result.deadlines,
    deadlinesClosed: result.closedDeadlines,
    routedAt: input.routedAt,
    area: result.area,
    ...partAttributes(result),
  };
  if (input.docQueue) Object.assign(set, input.docQueue);
  const written = await updateIf(
    db,
    withCondition({ Key: keys.document(result.documentId), ...updateExpression({ set }) }, '#st = :registered', { '#st': 'status' }, { ':registered': 'registered' }),
  );
  if (written) return null;
  return getDocument(db, result.documentId);
}

/** Writes off a restanse that a later document superseded (Noark avskrivning). */
export async function writeOffRestanse(db: Db, input: { documentId: string; byDocumentId: string; method: WriteOffMethod; on: string }): Promise<boolean> {
  const restanse: Restanse = { status: 'written_off', method: input.method, byDocumentId: input.byDocumentId, on: input.on };
  return updateIf(
    db,
    withCondition({ Key: keys.document(input.documentId), ...updateExpression({ set: { restanse } }) }, '#r.#rs = :open', { '#r': 'restanse', '#rs': 'status' }, { ':open': 'open' }),
  );
}

/** Takes a document off a handler's or unit's new-mail list (the handler has read it). */
export async function acknowledgeMail(db: Db, documentId: string, queue: string): Promise<boolean> {
  return updateIf(
    db,
    withCondition({ Key: keys.document(documentId), ...updateExpression({ remove: ['qpk', 'qsk'] }) }, '#q = :q', { '#q': 'qpk' }, { ':q': queue }),
  );
}
