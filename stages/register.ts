import type { ExecutionState, LinkResult, Registration } from '#schemas/state';
import { CaseClosed, CaseNotFound } from '#domain/errors';
import { typeRule } from '#domain/config';
import { normalizeReference } from '#domain/registry/case-number';
import { journalStatusFor } from '#domain/registry/noark';
import { decisionConfidence } from '#domain/registry/result';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { joinedCaseTitle, newCaseDraft, unique } from '#domain/registry/registration';
import type { JournalEntry, StagePorts } from './ports.ts';
import { documentIdOf } from './document-id.ts';
import { documentRegistered } from '#domain/events/stage-events';
import { personsConfirmedOnSheetCase } from '#domain/sheets/sheet-persons-confirmed';

type RegisterState = ExecutionState & { link: LinkResult };

interface CaseFacts {
  caseId: string;
  caseNumber: string;
  area: string;
  keywords: string[];
  handlerId: string | null;
}

function registrationOf(record: CaseFacts, created: boolean, documentId: string): Registration {
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

/**
 * Register: the journal entry, on the linked case (which may change status and title) or on a new
 * case under the next case number. Every write is conditional and keyed by the document, so a re-run
 * answers the first run's registration.
 */
export async function registerStage(state: RegisterState, ports: StagePorts): Promise<Registration> {
  const registration = await register(state, ports);
  const documentId = documentIdOf(state);
  await ports.events.publish(
    documentRegistered(
      {
        documentId,
        registration,
        documentType: state.link.classification.documentType ?? 'correspondence',
        receivedDate: state.intake.receivedDate,
        confirmedBy: state.decision ? state.decision.archivist : 'postmottak',
      },
      ports.clock.now().toISOString(),
    ),
  );
  return registration;
}

async function register(state: RegisterState, ports: StagePorts): Promise<Registration> {
  const { cases, documents, config } = ports;
  const documentId = documentIdOf(state);
  const c = state.link.classification;
  const rule = typeRule(config, c.documentType);
  const registeredAt = ports.clock.now().toISOString();
  // Filed with its main document's case (see Link); a letter of a stack without separator sheets is mail of its own.
  const attachment = state.link.matchedBy === 'main_document';
  const entry = (area: string, createdCase: boolean): Omit<JournalEntry, 'caseId' | 'caseNumber'> => {
    // The same confidence Link gated on: a linked must-link document takes its case's area, so only its type had to be sure.
    const decided = decisionConfidence(c, !createdCase && rule.caseMode === 'link');
    return {
      documentId,
      fileName: state.fileName,
      intake: state.intake,
      classification: { ...c, area },
      createdCase,
      decided,
      journalStatus: journalStatusFor({
        confidence: decided.confidence,
        threshold: config.reviewThreshold,
        confirmedByArchivist: state.decision !== undefined,
      }),
      needsReply: rule.needsReply,
      registeredAt,
      confirmedBy: state.decision ? `archivist:${state.decision.archivist}` : 'postmottak',
      ...(state.decision ? { decision: state.decision } : {}),
      ...(state.part ? { part: { role: attachment ? 'attachment' : 'main', mainDocumentId: attachment ? state.part.mainDocumentId : null, missingAttachments: state.part.missingAttachments } } : {}),
    };
  };

  // The ids are hashed for a new case's lookups, and for a sheet's case an archivist chose (personsConfirmedOnSheetCase).
  const needsHashes = c.fields.nationalIds.length > 0 && (!state.link.caseId || (state.decision?.caseId !== undefined && c.cover !== undefined));
  const hashKey = needsHashes ? await ports.idHashKey() : '';
  const nationalIdHashes = needsHashes ? unique(c.fields.nationalIds.map((id) => nationalIdHash(id, hashKey))) : [];

  const joinCase = async (caseId: string): Promise<Registration> => {
    const record = await cases.join(caseId, (stored) => {
      // An archivist who filed a document under a cover sheet on the sheet's case confirmed its person as the case's.
      const learned = personsConfirmedOnSheetCase({ classification: c, decision: state.decision, caseId, documentNationalIdHashes: nationalIdHashes, caseNationalIdHashes: stored.nationalIdHashes, confirmedHashes: stored.sheetConfirmedHashes ?? [] });
      const persons = learned ? { sheetConfirmedHashes: learned } : {};
      // An attachment changes nothing on its main document's case (an appeal copied into a bundle is no new appeal).
      if (attachment) return persons;
      const status = rule.setsStatus && rule.caseMode === 'link' && stored.status !== rule.setsStatus ? rule.setsStatus : undefined;
      const title = joinedCaseTitle(stored.title, rule);
      return { ...persons, ...(status ? { status } : {}), ...(title !== stored.title ? { title } : {}) };
    });
    if (!record) throw new CaseNotFound(`case ${caseId} does not exist`);
    if (!record.open) {
      // A re-run after the case was given up answers the registration that stands; a letter matched to it
      // before it was given up is filed on no closed case, where no queue would show it: it goes to review.
      const stored = await documents.getAsStored(documentId);
      if (stored?.caseId === record.caseId) return registrationOf(record, stored.createdCase ?? false, documentId);
      throw new CaseClosed(`case ${record.caseNumber} was closed before document ${documentId} joined it`);
    }
    const existing = await documents.writeJournalEntry({ ...entry(record.area, false), caseId: record.caseId, caseNumber: record.caseNumber });
    if (!existing || existing.caseId === record.caseId) return registrationOf(record, existing?.createdCase ?? false, documentId);
    // Registered before (a re-run, a second delivery): its first registration stands.
    if (!existing.caseId) throw new Error(`document ${documentId} is ${existing.status} and cannot be registered`);
    const first = await cases.get(existing.caseId);
    if (!first) throw new CaseNotFound(`case ${existing.caseId} does not exist`);
    return registrationOf(first, existing.createdCase, documentId);
  };

  if (state.link.caseId) return joinCase(state.link.caseId);

  const draft = newCaseDraft(c, config);
  const references = unique(c.fields.caseReferences.map(normalizeReference)).filter(Boolean);
  // Letters about one decision run side by side each find no case in Link: the first to claim opens it,
  // the others join. An archivist who chose a new case is not overruled.
  if (!state.decision) {
    const claim = await cases.claimNewCase({ documentId, references, nationalIdHashes, decisionDate: c.fields.decisionDate, claimedAt: registeredAt });
    if (claim.caseId) return joinCase(claim.caseId);
  }
  const record = await cases.open(
    {
      title: draft.title,
      area: draft.area,
      archiveCode: draft.archiveCode,
      status: draft.status ?? 'NY',
      keywords: draft.keywords,
      receivedDate: state.intake.receivedDate,
      references,
      nationalIdHashes,
      createdBy: documentId,
      createdAt: registeredAt,
    },
    entry(draft.area, true),
  );
  return registrationOf(record, true, documentId);
}
