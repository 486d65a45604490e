import { dynamoBatchRoll } from './batch-roll.ts';
import type { CaseRepository, DocumentRepository, StagePorts } from '../../../stages/ports.ts';
import { noEvents, type EventPublisher } from '../../../stages/ports.ts';
import { recordReceivedCase } from './incoming-cases.ts';
import type { PostmottakConfig } from '#schemas/config';
import { allocateCase, casesByNationalIdHash, casesByReference, getCase, getCaseWith, updateJoinedCase } from './cases.ts';
import { claimNewCase } from './case-claims.ts';
import { changeDeadlines, openDeadlineKinds } from './deadlines.ts';
import { getDocument, getDocumentAsStored, markRouted, recordRejection, recordReview, writeJournalEntry, writeOffRestanse } from './documents.ts';
import { placeNewCase, raiseJoinedCase } from './queues.ts';
import { moveCaseMail } from './case-mail.ts';
import { recordAudit } from './audit.ts';
import { updateExpression, updateIf, withCondition, type Db } from './db.ts';
import { keys } from './keys.ts';
import { dynamoWaitingRoom } from './waiting-room.ts';
import { dynamoCasesInFlight } from './cases-in-flight.ts';
import { dynamoLetterRepository } from './letters.ts';
import type { SealingDb } from './sealed-national-ids.ts';
import { nationalIdKeyWrapper } from '../crypto/national-id-key.ts';
import type { KeyWrapper } from '../crypto/national-id-vault.ts';
import { CONFLICT, retryOnConflict } from './retry-on-conflict.ts';

/** The document repository of stages/ports.ts over one DynamoDB table. */
export function dynamoDocuments(db: Db): DocumentRepository {
  return {
    get: (documentId) => getDocument(db, documentId),
    getAsStored: (documentId) => getDocumentAsStored(db, documentId),
    writeJournalEntry: (entry) => writeJournalEntry(db, entry),
    recordReview: (input) => recordReview(db, input),
    recordRejection: (input) => recordRejection(db, input),
    markRouted: (input) => markRouted(db, input),
    writeOffRestanse: (input) => writeOffRestanse(db, input),
    recordDecision: (decision, queuedAt) =>
      updateIf(
        db,
        // Once: of two decisions at the same moment one is kept. Review stores a document sent back to
        // review anew, without the decision and with a new queuedAt, so it can be decided again, but
        // not by a decision made on what was read before it went round.
        withCondition(
          { Key: keys.document(decision.documentId), ...updateExpression({ set: { decision, decidedAt: decision.decidedAt } }) },
          `#s = :review AND attribute_not_exists(#d)${queuedAt ? ' AND #q = :queuedAt' : ''}`,
          { '#s': 'status', '#d': 'decidedAt', ...(queuedAt ? { '#q': 'queuedAt' } : {}) },
          { ':review': 'review', ...(queuedAt ? { ':queuedAt': queuedAt } : {}) },
        ),
      ),
  };
}

/** The case repository of stages/ports.ts over one DynamoDB table. */
export function dynamoCases(db: Db): CaseRepository {
  return {
    get: (caseId, options) => getCase(db, caseId, options?.consistent ?? true),
    getWith: (caseId, beside) => getCaseWith(db, caseId, beside),
    byReference: (reference) => casesByReference(db, reference),
    byNationalIdHash: (hash) => casesByNationalIdHash(db, hash),
    join: async (caseId, changesFor) => {
      let record = await getCase(db, caseId);
      if (!record) return null;
      return retryOnConflict({ attempts: 22, what: `case ${caseId}` }, async (attempt) => {
        if (attempt > 0) record = await getCase(db, caseId);
        if (!record) return null;
        // A closed case takes no document: the caller sees it closed and files nothing.
        if (!record.open) return record;
        const changes = changesFor(record);
        if (!(await updateJoinedCase(db, record, changes))) return CONFLICT;
        return { ...record, ...changes, version: record.version + 1 };
      });
    },
    claimNewCase: (claim) => claimNewCase(db, claim),
    open: async (draft, journal) => {
      const allocation = await allocateCase(db, draft, {
        existingMapping: async () => {
          const stored = await getDocumentAsStored(db, draft.createdBy);
          return stored?.caseId && stored.createdCase ? { caseId: stored.caseId } : null;
        },
        recordMapping: async (record) => {
          await writeJournalEntry(db, { ...journal, caseId: record.caseId, caseNumber: record.caseNumber });
        },
      });
      await recordReceivedCase(db, allocation.record);
      return allocation.record;
    },
    changeDeadlines: (input) => changeDeadlines(db, input),
    placeInQueue: (input) => placeNewCase(db, input),
    raise: (input) => raiseJoinedCase(db, input),
    moveMail: (input) => moveCaseMail(db, input),
  };
}

/** The ports of the registry stages with DynamoDB repositories. */
export function dynamoStagePorts(
  plain: Db,
  input: { config: PostmottakConfig; idHashKey: () => Promise<string>; now: () => Date; events?: EventPublisher; nationalIdKey?: () => KeyWrapper },
): StagePorts {
  // The stages' own hash key also keys the hashes kept beside each sealed copy of national ids.
  const db: SealingDb = { ...plain, nationalIdSealing: { wrapper: input.nationalIdKey ?? nationalIdKeyWrapper, hashKey: input.idHashKey } };
  return { config: input.config, documents: dynamoDocuments(db), cases: dynamoCases(db), clock: { now: input.now }, idHashKey: input.idHashKey, events: input.events ?? noEvents, audit: { record: (entry) => recordAudit(db, entry) }, waiting: dynamoWaitingRoom(db), inFlight: dynamoCasesInFlight(db, input.now), batches: dynamoBatchRoll(db, input.now), caseParties: async (caseId) => (await dynamoLetterRepository(plain).parties(caseId))?.parties ?? null, openDeadlineKinds: (caseId) => openDeadlineKinds(db, caseId) };
}
