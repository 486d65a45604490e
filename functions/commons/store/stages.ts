import type { PostmottakConfig } from '#schemas/config';
import type { Classification, ProcessResult } from '#schemas/pipeline';
import type { DeadlinesResult, ExecutionState, LinkResult, Registration } from '#schemas/state';
import { typeRule } from '#domain/config';
import { documentIdFor } from '#domain/identity';
import { deadlinesToOpen, kindsClosedBy } from '#domain/deadlines';
import { applyDecision, decideLink, type CaseCandidate } from '#domain/registry/linking';
import { normalizeReference, ownCaseIdIn } from '#domain/registry/case-number';
import { journalStatusFor } from '#domain/registry/noark';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { joinedCaseTitle, newCaseDraft, unique } from '#domain/registry/registration';
import { decideQueue, keywordsFor, oldestSortKey, priorityFor, queues } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import type { Db } from './db.ts';
import { allocateCase, casesByNationalIdHash, casesByReference, getCase, updateJoinedCase, type CaseRecord } from './cases.ts';
import { getDocument, markRouted, recordRejection, recordReview, writeJournalEntry, writeOffRestanse, type DocumentRecord } from './documents.ts';
import { changeDeadlines } from './deadlines.ts';
import { placeNewCase, raiseJoinedCase } from './queues.ts';

/**
 * What each task of statemachines/intake.asl.json does with the store. The handlers only parse the
 * state and call these; the bench and the tests call them directly with their own Db.
 * Every write is conditional and keyed by the document, so a stage run twice with the same state
 * leaves one document, one case and one set of deadlines, and answers the same.
 */
export interface StageDeps {
  db: Db;
  config: PostmottakConfig;
  /** HMAC key for national ids (ID_HASH_KEY, or the secret ID_HASH_KEY_SECRET_ARN names). */
  idHashKey: () => Promise<string>;
  now: () => Date;
}

export interface QuarantineDeps extends StageDeps {
  /** Copies the original to quarantine/{documentId}/{fileName} with a reason record; returns the key. */
  quarantine: (input: { documentId: string; fileName: string; source: { bucket: string; key: string; versionId?: string | null | undefined }; reason: string }) => Promise<string>;
}

export function documentIdOf(state: Pick<ExecutionState, 'intake' | 'inspection' | 'decision'>): string {
  return state.inspection?.documentId ?? state.decision?.documentId ?? documentIdFor(state.intake);
}

const candidate = (c: { caseId: string; open: boolean; area: string; createdBy: string }): CaseCandidate => ({ caseId: c.caseId, open: c.open, area: c.area, createdBy: c.createdBy });

// ---------------------------------------------------------------------------------------------- link

export async function linkStage(state: ExecutionState & { classification: Classification }, deps: StageDeps): Promise<LinkResult> {
  const { db, config } = deps;
  const documentId = documentIdOf(state);
  const decision = state.decision;
  const classification = applyDecision(state.classification, decision);
  const base = { documentId, classification: state.classification, decision };

  if (decision?.caseId) {
    const chosen = await getCase(db, decision.caseId, false);
    return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [], chosenCase: chosen ? candidate(chosen) : null }, config);
  }
  // A document without readable text has nothing to look up, so it costs no reads. Every other
  // document is looked up, even one going to review, so the archivist is told whether a case was found.
  if (!decision && classification.reviewReason) return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [] }, config);

  const referenceMatches: CaseCandidate[][] = [];
  for (const reference of unique(classification.fields.caseReferences.map(normalizeReference)).filter(Boolean)) {
    const hits = (await casesByReference(db, reference)).map(candidate);
    const own = ownCaseIdIn(reference);
    if (own && !hits.some((h) => h.caseId === own)) {
      const ours = await getCase(db, own, false);
      if (ours) hits.push(candidate(ours));
    }
    referenceMatches.push(hits);
  }
  const byReference = decideLink({ ...base, referenceMatches, nationalIdMatches: [] }, config);
  if (byReference.matchedBy === 'case_reference') return byReference;
  if (byReference.caseId === null && !byReference.review && referenceMatches.flat().some((c) => c.createdBy === documentId)) return byReference;

  const nationalIdMatches: CaseCandidate[] = [];
  const hashKey = classification.fields.nationalIds.length ? await deps.idHashKey() : '';
  for (const id of unique(classification.fields.nationalIds)) {
    nationalIdMatches.push(...(await casesByNationalIdHash(db, nationalIdHash(id, hashKey))).map(candidate));
  }
  return decideLink({ ...base, referenceMatches, nationalIdMatches }, config);
}

// ------------------------------------------------------------------------------------------ register

type RegisterState = ExecutionState & { link: LinkResult };

function registrationOf(record: CaseRecord, created: boolean, documentId: string): Registration {
  return {
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    created,
    journalEntryId: `${record.caseNumber}-${documentId}`,
    area: record.area,
    keywords: record.keywords,
    handlerId: record.handlerId,
  };
}

export async function registerStage(state: RegisterState, deps: StageDeps): Promise<Registration> {
  const { db, config } = deps;
  const documentId = documentIdOf(state);
  const c = state.link.classification;
  const rule = typeRule(config, c.documentType);
  const registeredAt = deps.now().toISOString();
  const journal = (record: CaseRecord, createdCase: boolean) =>
    writeJournalEntry(db, {
      documentId,
      fileName: state.fileName,
      intake: state.intake,
      classification: { ...c, area: record.area },
      caseId: record.caseId,
      caseNumber: record.caseNumber,
      createdCase,
      // The same confidence Link gated on: a linked must-link document takes its case's area, so only its type had to be sure.
      journalStatus: journalStatusFor({
        confidence: !createdCase && rule.caseMode === 'link' ? (c.typeConfidence ?? c.confidence) : c.confidence,
        threshold: config.reviewThreshold,
        confirmedByArchivist: state.decision !== undefined,
      }),
      needsReply: rule.needsReply,
      registeredAt,
      confirmedBy: state.decision ? `archivist:${state.decision.archivist}` : 'postmottak',
    });

  if (state.link.caseId) {
    let record = await getCase(db, state.link.caseId);
    for (let attempt = 0; record; attempt += 1) {
      const status = rule.setsStatus && rule.caseMode === 'link' && record.status !== rule.setsStatus ? rule.setsStatus : undefined;
      const title = joinedCaseTitle(record.title, rule);
      const changes = { ...(status ? { status } : {}), ...(title !== record.title ? { title } : {}) };
      if (Object.keys(changes).length === 0 || (await updateJoinedCase(db, record, changes))) {
        record = { ...record, ...changes, version: Object.keys(changes).length ? record.version + 1 : record.version };
        break;
      }
      if (attempt > 20) throw Object.assign(new Error(`case ${state.link.caseId} kept changing under this registration`), { name: 'TransientError' });
      record = await getCase(db, state.link.caseId);
    }
    if (!record) throw Object.assign(new Error(`case ${state.link.caseId} does not exist`), { name: 'CaseNotFound' });
    const existing = await journal(record, false);
    if (!existing || existing.caseId === record.caseId) return registrationOf(record, existing?.createdCase ?? false, documentId);
    return registrationFromStored(db, existing, documentId);
  }

  const draft = newCaseDraft(c, config);
  const hashKey = c.fields.nationalIds.length ? await deps.idHashKey() : '';
  const allocation = await allocateCase(
    db,
    {
      title: draft.title,
      area: draft.area,
      archiveCode: draft.archiveCode,
      status: draft.status ?? 'NY',
      keywords: draft.keywords,
      receivedDate: state.intake.receivedDate,
      references: unique(c.fields.caseReferences.map(normalizeReference)).filter(Boolean),
      nationalIdHashes: unique(c.fields.nationalIds.map((id) => nationalIdHash(id, hashKey))),
      createdBy: documentId,
      createdAt: registeredAt,
    },
    {
      existingMapping: async () => {
        const stored = await getDocument(db, documentId);
        return stored?.caseId && stored.createdCase ? { caseId: stored.caseId } : null;
      },
      recordMapping: async (record) => {
        await journal(record, true);
      },
    },
  );
  return registrationOf(allocation.record, true, documentId);
}

/** A document registered before (a re-run, a second delivery): its first registration stands. */
async function registrationFromStored(db: Db, stored: DocumentRecord, documentId: string): Promise<Registration> {
  if (!stored.caseId) throw new Error(`document ${documentId} is ${stored.status} and cannot be registered`);
  const record = await getCase(db, stored.caseId);
  if (!record) throw Object.assign(new Error(`case ${stored.caseId} does not exist`), { name: 'CaseNotFound' });
  return registrationOf(record, stored.createdCase, documentId);
}

// ----------------------------------------------------------------------------------------- deadlines

export async function deadlinesStage(state: ExecutionState & { link: LinkResult; registration: Registration }, deps: StageDeps): Promise<DeadlinesResult> {
  const { db, config } = deps;
  const documentId = documentIdOf(state);
  const c = state.link.classification;
  const receivedDate = state.intake.receivedDate;
  const { deadlines, keywords } = deadlinesToOpen(
    {
      documentType: c.documentType,
      receivedDate,
      postmarkDate: state.intake.postmarkDate ?? null,
      decisionDate: c.fields.decisionDate,
      decisionReceivedDate: c.fields.decisionReceivedDate,
    },
    config,
  );
  const change = await changeDeadlines(db, {
    caseId: state.registration.caseId,
    area: state.registration.area,
    fresh: state.registration.created,
    change: { open: deadlines, openedBy: documentId, openedOn: receivedDate, close: kindsClosedBy(c.documentType, config) },
  });
  // A deadline another document opened and this one closed (the grounds of a deadline-interrupting
  // appeal): that document's restanse is written off, by this document.
  for (const closed of change.closed) {
    if (closed.openedBy !== documentId && closed.openedBy.startsWith('doc-')) {
      await writeOffRestanse(db, { documentId: closed.openedBy, byDocumentId: documentId, method: 'TE', on: receivedDate });
    }
  }
  return { opened: deadlines, closed: unique(change.closed.map((d) => d.kind)), keywords };
}

// --------------------------------------------------------------------------------------------- route

export async function routeStage(state: ExecutionState & { link: LinkResult; registration: Registration; deadlines: DeadlinesResult }, deps: StageDeps): Promise<ProcessResult> {
  const { db, config } = deps;
  const documentId = documentIdOf(state);
  const registration = state.registration;
  const classification = { ...state.link.classification, area: registration.area };
  const keywords = keywordsFor(
    { area: registration.area, documentType: classification.documentType, deadlineKeywords: state.deadlines.keywords, classifierKeywords: classification.keywords },
    config,
  );
  const priority = priorityFor(keywords, classification.documentType, config);
  const queue = decideQueue({ createdCase: registration.created, area: registration.area, handlerId: registration.handlerId });
  const result = processResult({
    fileName: state.fileName,
    documentId,
    status: 'routed',
    reason: null,
    queue,
    classification,
    caseId: registration.caseId,
    keywords,
    deadlines: state.deadlines.opened,
    closedDeadlines: state.deadlines.closed,
  });
  const routedAt = deps.now().toISOString();

  if (registration.created) {
    const record = { caseId: registration.caseId, caseNumber: registration.caseNumber, receivedDate: state.intake.receivedDate, keywords: registration.keywords } as CaseRecord;
    await placeNewCase(db, { record, queue, keywords, priority, routedAt, routedBy: documentId });
  } else {
    await raiseJoinedCase(db, { caseId: registration.caseId, knownKeywords: registration.keywords, keywords, priority });
  }
  const docQueue = registration.created ? null : { qpk: queue, qsk: oldestSortKey(state.intake.receivedDate, `${routedAt}#${documentId}`) };
  const stored = await markRouted(db, { result, receivedDate: state.intake.receivedDate, docQueue, routedAt });
  return stored?.result && stored.status === 'routed' ? { ...stored.result, file: state.fileName } : result;
}

// -------------------------------------------------------------------------------------------- review

export async function reviewStage(state: ExecutionState & { link: LinkResult }, deps: StageDeps): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  const result = processResult({ fileName: state.fileName, documentId, status: 'review', reason: state.link.reason, queue: queues.review, classification: state.link.classification });
  const stored = await recordReview(deps.db, {
    result,
    receivedDate: state.intake.receivedDate,
    resume: { intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: state.pages, classification: state.classification },
    queuedAt: deps.now().toISOString(),
    overwrite: ['review'],
  });
  return answerOf(stored, result, state.fileName);
}

/** A stored final answer wins over this run's (the document was routed or rejected before). */
function answerOf(stored: DocumentRecord | null, result: ProcessResult, fileName: string): ProcessResult {
  return stored?.result ? { ...stored.result, file: fileName } : result;
}

// -------------------------------------------------------------------------------------------- reject

export async function rejectStage(state: ExecutionState & { inspection: { status: 'rejected'; documentId: string; reason: string } }, deps: QuarantineDeps): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  const reason = state.inspection.reason;
  const result = processResult({ fileName: state.fileName, documentId, status: 'rejected', reason, queue: queues.quarantine });
  const quarantineKey = await deps.quarantine({
    documentId,
    fileName: state.fileName,
    source: { bucket: state.intake.bucket, key: state.intake.key, versionId: state.intake.versionId },
    reason,
  });
  const stored = await recordRejection(deps.db, { result, receivedDate: state.intake.receivedDate, quarantineKey, queuedAt: deps.now().toISOString() });
  return answerOf(stored, result, state.fileName);
}

// ------------------------------------------------------------------------------------ record-failure

/** The stage a failed execution was in, from the keys its state has. */
export function failedStage(state: ExecutionState): string {
  if (!state.inspection) return 'inspecting the file';
  if (state.inspection.status === 'rejected') return 'putting the file in quarantine';
  if (!state.decision && !state.pages) return 'reading the text';
  if (!state.classification) return 'classifying the document';
  if (!state.link) return 'linking the document to a case';
  if (state.link.review) return 'putting the document in the review queue';
  if (!state.registration) return 'registering the document';
  if (!state.deadlines) return 'setting the deadlines';
  return 'routing the document';
}

export async function recordFailureStage(state: ExecutionState & { failure: { Error: string; Cause?: string | undefined } }, deps: StageDeps): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  const stage = failedStage(state);
  // The error's name only: a Cause can quote a document's content.
  const reason = `Technical failure while ${stage} (${state.failure.Error}); an archivist must register it by hand.`;
  const classification = state.link?.classification ?? state.classification;
  const pages = state.inspection?.status === 'ok' ? state.inspection.pageCount : null;
  const result = processResult({ fileName: state.fileName, documentId, status: 'review', reason, queue: queues.review, classification, pages });
  const stored = await recordReview(deps.db, {
    result,
    receivedDate: state.intake.receivedDate,
    resume: { intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: state.pages, classification: state.classification },
    queuedAt: deps.now().toISOString(),
    failure: { stage, error: state.failure.Error },
    overwrite: ['review', 'registered'],
  });
  return answerOf(stored, result, state.fileName);
}
