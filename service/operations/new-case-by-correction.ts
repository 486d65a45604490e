import type { Classification, Deadline } from '#schemas/pipeline';
import type { PostmottakEvent } from '#schemas/events';
import type { DocumentFacts } from '#domain/registry/correction';
import { typeRule } from '#domain/config';
import { documentRegistered } from '#domain/events/stage-events';
import { normalizeReference } from '#domain/registry/case-number';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { newCaseDraft, unique } from '#domain/registry/registration';
import { keywordsFor, priorityFor, queues } from '#domain/registry/routing';
import { allocateCase, getCase, type CaseRecord } from '../../functions/commons/store/cases.ts';
import { updateIf, updateExpression, withCondition } from '../../functions/commons/store/db.ts';
import type { DocumentRecord } from '../../functions/commons/store/documents.ts';
import { idHashKey } from '../../functions/commons/store/id-hash-key.ts';
import { recordReceivedCase } from '../../functions/commons/store/incoming-cases.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { placeNewCase } from '../../functions/commons/store/queues.ts';
import type { ServiceContext } from '../ports.ts';
import { conflict, unprocessable } from '../problems.ts';
import { outboxPorts } from './outbox.ts';

/**
 * A routed document that an archivist's correction says opens its own case (`"case": "new"`, SPEC.md
 * "Corrections"): the new case is made as Register makes one — the next number, the document's
 * references and national ids for its lookups — and then settled as Route and WriteLetters settle a
 * new case: its area's unassigned queue, the director's list, its parties and the acknowledgement.
 */

/** Only a type that opens a case by itself can open one by correction (SPEC.md: the others must be linked). */
export function refuseNewCaseForLinkedType(ctx: ServiceContext, facts: DocumentFacts): void {
  if (typeRule(ctx.config, facts.documentType).caseMode === 'create') return;
  throw unprocessable(
    `A document of type ${facts.documentType} must be linked to a case; it cannot open one. Correct its type to one that opens a case, or name the case it belongs to.`,
    `Et dokument av typen ${facts.documentType} må knyttes til en sak; det kan ikke opprette en. Rett typen til en som oppretter sak, eller oppgi saken det hører til.`,
  );
}

/** How long a `"case": "new"` correction holds its document before another may take it over (a process that died mid-way). */
const CLAIM_LEASE_MS = 60_000;

/**
 * A `"case": "new"` correction claims its document first, on the case it leaves: a second identical
 * request at the same time (a double click, a client's retry on a timeout) is refused (409) before it
 * takes a number or writes anything. The claim goes with the document's move (`newCaseClaim` is removed
 * then), is released when the correction fails, and lapses after a minute if its process died.
 */
export async function claimNewCase(ctx: ServiceContext, doc: DocumentRecord & { caseId: string }, at: string): Promise<() => Promise<void>> {
  const stale = new Date(Date.parse(at) - CLAIM_LEASE_MS).toISOString();
  const claimed = await updateIf(
    ctx.db,
    withCondition(
      { Key: keys.document(doc.documentId), ...updateExpression({ set: { newCaseClaim: at } }) },
      '#c = :from AND (attribute_not_exists(#nc) OR #nc < :stale)',
      { '#c': 'caseId', '#nc': 'newCaseClaim' },
      { ':from': doc.caseId, ':stale': stale },
    ),
  );
  if (!claimed) {
    throw conflict(
      `Document ${doc.documentId} is being moved to a new case by another request right now. Open it again in a moment.`,
      `Dokument ${doc.documentId} flyttes til en ny sak av en annen forespørsel akkurat nå. Åpne det igjen om et øyeblikk.`,
    );
  }
  return async () => {
    await updateIf(ctx.db, withCondition({ Key: keys.document(doc.documentId), ...updateExpression({ remove: ['newCaseClaim'] }) }, '#nc = :at', { '#nc': 'newCaseClaim' }, { ':at': at }));
  };
}

/**
 * The new case's number, taken once: the document records it (`newCaseByCorrection`) before the case
 * is written, so a correction repeated after a failure finds the case it took rather than taking another.
 * A number taken but not yet recorded (the failure came between the two) is found too: the pending case
 * of the year's sequence made by this document and not written is this document's. The record is taken
 * off when the document moves on to an existing case, so a later `"case": "new"` opens a fresh case.
 */
export async function openCaseByCorrection(ctx: ServiceContext, doc: DocumentRecord, facts: DocumentFacts, at: string): Promise<CaseRecord> {
  const fields = (doc.item.fields as { caseReferences?: string[]; nationalIds?: string[] } | undefined) ?? {};
  const ids = unique(fields.nationalIds ?? []);
  const key = ids.length ? await idHashKey() : '';
  const draft = newCaseDraft(facts, ctx.config);
  const { record } = await allocateCase(
    ctx.db,
    {
      title: draft.title,
      area: draft.area,
      archiveCode: draft.archiveCode,
      status: draft.status ?? 'NY',
      keywords: draft.keywords,
      receivedDate: facts.receivedDate,
      references: unique((fields.caseReferences ?? []).map(normalizeReference)).filter(Boolean),
      nationalIdHashes: ids.map((id) => nationalIdHash(id, key)),
      createdBy: doc.documentId,
      createdAt: at,
    },
    {
      existingMapping: async () => {
        const mapped = doc.item.newCaseByCorrection as string | undefined;
        if (!mapped) return null;
        // A case that is closed (given up) is never a new case to go back to: a record left from before it was taken off on a move.
        const mappedCase = await getCase(ctx.db, mapped);
        return mappedCase && !mappedCase.open ? null : { caseId: mapped };
      },
      // A number this document took whose case was never written (not its intake case, nor an earlier one: those exist).
      ownsPending: async (pending) => pending.createdBy === doc.documentId && !(await getCase(ctx.db, pending.caseId)),
      recordMapping: async (allocated) => {
        await updateIf(ctx.db, withCondition({ Key: keys.document(doc.documentId), ...updateExpression({ set: { newCaseByCorrection: allocated.caseId } }) }, 'attribute_exists(pk)'));
      },
    },
  );
  return record;
}

/**
 * What a new case gets once its document is on it, each step safe to repeat: its place in
 * unassigned/{area}, its row in the director's list, the document's parties and the acknowledgement
 * (WriteLetters' own code, keyed by the letter). Answers the registration's events (DocumentRegistered,
 * CaseCreated) for the caller to publish with the correction's.
 */
export async function settleNewCase(
  ctx: ServiceContext,
  input: { record: CaseRecord; doc: DocumentRecord; facts: DocumentFacts; opened: Deadline[]; person: string; at: string },
): Promise<PostmottakEvent[]> {
  const { record, doc, facts, at } = input;
  const keywords = keywordsFor({ area: record.area, documentType: facts.documentType, deadlineKeywords: record.keywords }, ctx.config);
  await placeNewCase(ctx.db, {
    record: { caseId: record.caseId, caseNumber: record.caseNumber, receivedDate: facts.receivedDate, keywords: record.keywords },
    queue: queues.unassigned(record.area),
    keywords,
    priority: priorityFor(keywords, facts.documentType, ctx.config),
    routedAt: at,
    routedBy: doc.documentId,
  });
  await recordReceivedCase(ctx.db, record);
  const { writeLetters } = await import('../../stages/write-letters.ts');
  await writeLetters(
    {
      documentId: doc.documentId,
      receivedDate: facts.receivedDate,
      classification: registeredClassification(doc, facts),
      registration: { caseId: record.caseId, caseNumber: record.caseNumber, created: true, area: record.area },
      opened: input.opened,
    },
    await outboxPorts(ctx),
  );
  const registration = { caseId: record.caseId, caseNumber: record.caseNumber, created: true, journalEntryId: `${record.caseNumber}-${doc.documentId}`, area: record.area, keywords: record.keywords, handlerId: null };
  return documentRegistered({ documentId: doc.documentId, registration, documentType: facts.documentType, receivedDate: facts.receivedDate, confirmedBy: `archivist:${input.person}` }, at);
}

/** The routed document's classification as WriteLetters reads it: its type, language and fields (parties) as it stands now. */
function registeredClassification(doc: DocumentRecord, facts: DocumentFacts): Classification {
  const item = doc.item;
  const fields = (item.fields as Partial<Classification['fields']> | undefined) ?? {};
  return {
    documentType: facts.documentType,
    area: facts.area,
    language: (item.language as Classification['language'] | undefined) ?? 'nb',
    keywords: [],
    confidence: (item.confidence as number | undefined) ?? 1,
    fields: {
      nationalIds: fields.nationalIds ?? [],
      caseReferences: fields.caseReferences ?? [],
      decisionDate: facts.decisionDate,
      decisionReceivedDate: facts.decisionReceivedDate,
      ...(fields.parties ? { parties: fields.parties } : {}),
    },
    reviewReason: null,
    textSource: (item.textSource as Classification['textSource'] | undefined) ?? 'text_layer',
    pages: (item.pages as number | undefined) ?? 1,
    explanation: [],
    modelVersion: (item.modelVersion as string | undefined) ?? '',
  };
}
