import { because } from '#domain/reasons/wording';
import type { Classification } from '#schemas/pipeline';
import type { ExecutionState, LinkResult } from '#schemas/state';
import { applyDecision, decideLink, type CaseCandidate } from '#domain/registry/linking';
import { appealedDecisionOf } from '#domain/registry/same-decision';
import { mustLink } from '#domain/config';
import { normalizeReference, ownCaseIdIn } from '#domain/registry/case-number';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { unique } from '#domain/registry/registration';
import type { InReview, StagePorts } from './ports.ts';
import { documentToWaitFor, withOpenerDescribed } from '#domain/registry/waiting-for-case';
import { waitForCaseInFlight } from '#domain/registry/case-in-flight';
import { reasonNames } from '#domain/reasons/wording';
import { caseIdOfCover } from '#domain/sheets/cover';
import { partyNationalIdHashes } from '#domain/sheets/cover-case-check';
import { documentIdOf } from './document-id.ts';
import { batchKeyOf } from '#domain/intake/batch';
import { leavesRoll, rollIdOf } from './batch-roll.ts';

const candidate = (c: { caseId: string; open: boolean; area: string; createdBy: string }): CaseCandidate => ({ caseId: c.caseId, open: c.open, area: c.area, createdBy: c.createdBy });

/**
 * Link: the case a document belongs to (by reference, then by national id), or why it needs review;
 * or, when it has no case but a document it shares a reference or national id with is waiting in
 * review, the document it waits beside (issue 13: one review item, carried on when that is decided);
 * or, when a document opening its case is still on its way (announced, or a document of its batch still
 * before Link), that it should look again (`inFlight`).
 */
export async function linkStage(state: ExecutionState & { classification: Classification }, ports: StagePorts): Promise<LinkResult> {
  const result = await linkOnce(state, ports);
  // Past Link now, whatever comes of it: off its batch's roll. Last, so that an opener has announced
  // itself before a follow-up can find it gone from the roll. Only the first look: a WaitForCase round
  // or an archivist's decision comes back here long after.
  if (ports.batches && state.link === undefined && state.decision === undefined && leavesRoll(state)) {
    await ports.batches.leave({ batch: batchKeyOf(state.intake), documentId: rollIdOf(state), at: ports.clock.now().toISOString() });
  }
  return result;
}

async function linkOnce(state: ExecutionState & { classification: Classification }, ports: StagePorts): Promise<LinkResult> {
  const decision = state.decision;
  const archivistDecided = decision !== undefined && decision.carriedOnAfter === undefined;
  // An attachment of a bundle goes where its main document went, unless an archivist said otherwise.
  if (state.part?.mainDocumentId && !archivistDecided) {
    const followed = await linkToMainDocument(state.part.mainDocumentId, state.part.kind, state.classification, ports);
    if (followed) return followed;
  }
  const found = await findCase(state, ports);
  if (found.caseId !== null) return found.matchedBy === 'national_id' && !archivistDecided ? await besideCaseInFlight(state, found, ports) : found;
  const documentId = documentIdOf(state);
  const { fields, documentType } = found.classification;
  const references = unique(fields.caseReferences.map(normalizeReference)).filter(Boolean);
  const nationalIdHashes = await hashesOf(fields.nationalIds, ports);
  const opensCase = !found.review;
  // Announced before anything else, so a follow-up running beside it finds it as early as possible. An
  // opener still in OCR or Classify has not announced itself: it is on its batch's roll (see linkStage).
  if (opensCase && ports.inFlight) await ports.inFlight.announce({ documentId, references, nationalIdHashes, announcedAt: ports.clock.now().toISOString() });
  if (!ports.waiting || archivistDecided || decision?.carriedOnAfter) return found;
  const byReference: InReview[] = [];
  for (const reference of references) byReference.push(...(await ports.waiting.inReview({ reference })));
  const byNationalId: InReview[] = [];
  for (const hash of nationalIdHashes) byNationalId.push(...(await ports.waiting.inReview({ nationalIdHash: hash })));
  // A document that would open a case itself waits only for another that would (a transfer letter for
  // the appeal in review), never for a follow-up: that one is the case's follow-up, not its opener.
  const others = (list: InReview[]) =>
    list.filter((d) => d.documentId !== documentId && d.waitsFor !== documentId && (!opensCase || d.mayOpenCase === true));
  const alsoUnsure = found.reasonCode?.code === 'no_matching_case' ? found.reasonCode.also : found.review ? found.reasonCode : undefined;
  const also = alsoUnsure ? { code: alsoUnsure.code, params: alsoUnsure.params } : undefined;
  const names = reasonNames(ports.config);
  const waitsBeside = documentToWaitFor(others(byReference), others(byNationalId), documentType, names, also);
  // Named as the archivist reads it (type, received date; the file in the params), the id kept too (QA s16).
  // The waiting-room index holds ids only, so the waited-for document is read once, and only when there is one.
  const opener = waitsBeside ? await ports.documents.getAsStored(waitsBeside.waitsFor) : null;
  const wait = waitsBeside && withOpenerDescribed(waitsBeside, opener && { documentType: opener.result?.documentType ?? null, fileName: opener.fileName, receivedDate: opener.receivedDate }, names);
  if (wait) return { review: true, reason: wait.reason, reasonCode: wait.reasonCode, caseId: null, matchedBy: null, waitsFor: wait.waitsFor, classification: found.classification };
  // A must-link document whose case is being opened right now by a document beside it, or may be by a
  // document of its batch still before Link: look again shortly.
  if (found.reasonCode?.code !== 'no_matching_case') return found;
  return await waitingForCaseInFlight(state, found, references, nationalIdHashes, ports);
}

async function hashesOf(nationalIds: readonly string[], ports: StagePorts): Promise<string[]> {
  const hashKey = nationalIds.length ? await ports.idHashKey() : '';
  return unique(nationalIds).map((id) => nationalIdHash(id, hashKey));
}

/**
 * A must-link document found by national id alone on its person's one open case: while an appeal or
 * transfer about the same person is opening a case beside it (announced, or of its batch still before
 * Link), which case it belongs to is not known yet. It waits as a document with no case does; once
 * both cases exist the person has two open cases, and it goes to review (SPEC, linking).
 * Only for batch-mates that have started (Inspected): the CLI puts a whole call on the roll ahead, and a
 * follow-up that HAS its case waited for the whole lookahead (review s19: median 11.9 → 43.6 s). A second
 * case opened by a batch-mate not yet started is the price, as it was before the roll went ahead.
 */
async function besideCaseInFlight(state: ExecutionState & { classification: Classification }, found: LinkResult, ports: StagePorts): Promise<LinkResult> {
  if (!mustLink(ports.config, found.classification.documentType)) return found;
  return await waitingForCaseInFlight(state, found, [], await hashesOf(found.classification.fields.nationalIds, ports), ports, { startedOnly: true });
}

/** `found` with the wait for a case in flight (domain/registry/case-in-flight.ts), when there is one. */
async function waitingForCaseInFlight(
  state: ExecutionState & { classification: Classification },
  found: LinkResult,
  references: readonly string[],
  nationalIdHashes: readonly string[],
  ports: StagePorts,
  roll: { startedOnly?: boolean } = {},
): Promise<LinkResult> {
  if (!ports.inFlight) return found;
  const now = ports.clock.now().toISOString();
  const previous = state.link?.inFlight;
  // The roll before the announcements: an opener leaves the roll only after announcing itself.
  const rollId = rollIdOf(state);
  const beforeLink = ports.batches ? (await ports.batches.beforeLink(batchKeyOf(state.intake), previous?.since ?? now, roll)).filter((id) => id !== rollId) : [];
  const pending: string[] = [];
  for (const reference of references) pending.push(...(await ports.inFlight.pending({ reference })));
  for (const hash of nationalIdHashes) pending.push(...(await ports.inFlight.pending({ nationalIdHash: hash })));
  const inFlight = waitForCaseInFlight({ documentId: documentIdOf(state), pending, beforeLink, previous, now });
  return inFlight ? { ...found, inFlight } : found;
}

async function findCase(state: ExecutionState & { classification: Classification }, ports: StagePorts): Promise<LinkResult> {
  const { cases, config } = ports;
  const documentId = documentIdOf(state);
  const decision = state.decision;
  const classification = applyDecision(state.classification, decision);
  const base = { documentId, classification: state.classification, decision, receivedDate: state.intake.receivedDate };

  if (decision?.caseId) {
    const chosen = await cases.get(decision.caseId, { consistent: false });
    return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [], chosenCase: chosen ? candidate(chosen) : null }, config);
  }
  // A cover sheet names the case: that one is looked up, nothing else (never a guess from the letter).
  const cover = decision ? undefined : classification.cover;
  if (cover) {
    const named = await cases.get(caseIdOfCover(cover), { consistent: false });
    // The document's own national ids, to check the sheet's case is that person's (domain/sheets/cover-case-check.ts).
    const ids = unique(classification.fields.nationalIds);
    const hashKey = ids.length && named ? await ports.idHashKey() : '';
    const nationalIdHashes = hashKey ? ids.map((id) => nationalIdHash(id, hashKey)) : [];
    // The case's ids come from the document that opened it; a party registered since (a representative
    // a later letter named) is the case's person too, and so is one an archivist confirmed under the sheet.
    const parties = hashKey && named && ports.caseParties ? ((await ports.caseParties(named.caseId)) ?? []) : [];
    const caseHashes = named ? unique([...named.nationalIdHashes, ...(named.sheetConfirmedHashes ?? []), ...partyNationalIdHashes(parties)]) : [];
    return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [], nationalIdHashes, coverCase: named ? { ...candidate(named), nationalIdHashes: caseHashes } : null }, config);
  }
  // A document without readable text has nothing to look up, so it costs no reads. Every other
  // document is looked up, even one going to review, so the archivist is told whether a case was found.
  if (!decision && classification.reviewReason) return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [] }, config);

  const referenceMatches: CaseCandidate[][] = [];
  for (const reference of unique(classification.fields.caseReferences.map(normalizeReference)).filter(Boolean)) {
    const hits = (await cases.byReference(reference)).map(candidate);
    const own = ownCaseIdIn(reference);
    if (own && !hits.some((h) => h.caseId === own)) {
      const ours = await cases.get(own, { consistent: false });
      if (ours) hits.push(candidate(ours));
    }
    referenceMatches.push(hits);
  }
  const byReference = decideLink({ ...base, referenceMatches, nationalIdMatches: [] }, config);
  if (byReference.matchedBy === 'case_reference') return byReference;
  if (byReference.caseId === null && !byReference.review && referenceMatches.flat().some((c) => c.createdBy === documentId)) return byReference;

  const nationalIdMatches: CaseCandidate[] = [];
  const hashKey = classification.fields.nationalIds.length ? await ports.idHashKey() : '';
  for (const id of unique(classification.fields.nationalIds)) {
    nationalIdMatches.push(...(await cases.byNationalIdHash(nationalIdHash(id, hashKey))).map(candidate));
  }
  // A letter that opens a case joins its person's open case only if about the same decision: read what
  // the case was opened for (domain/registry/same-decision.ts). A follow-up costs no reads.
  const withOpeners = mustLink(config, classification.documentType) ? nationalIdMatches : await Promise.all(nationalIdMatches.map((c) => withOpenedFor(c, ports)));
  return decideLink({ ...base, referenceMatches, nationalIdMatches: withOpeners }, config);
}

async function withOpenedFor(c: CaseCandidate, ports: StagePorts): Promise<CaseCandidate> {
  if (!c.open) return c;
  // Whether the case waits for this letter is what is open on it now: grounds that came close `grounds`,
  // and a later appeal about another decision is not awaited (fix s16 item 2). Both reads at once.
  const [stored, open] = await Promise.all([ports.documents.getAsStored(c.createdBy), ports.openDeadlineKinds?.(c.caseId)]);
  const opener = stored?.result;
  if (!opener) return c;
  const waitsFor = open ?? opener.deadlines.map((d) => d.kind);
  return { ...c, openedFor: appealedDecisionOf(opener.fields, c.area, true, waitsFor) };
}

/**
 * A bundle's attachment (vedlegg) is registered on its main document's case, whatever it says itself:
 * a copy of the decision or an X-ray is no letter to link by. Textless is no reason for review here.
 * While the main document waits for an archivist, the attachment waits beside it and is carried on
 * to the case the decision gives.
 */
async function linkToMainDocument(mainDocumentId: string, kind: string, classification: Classification, ports: StagePorts): Promise<LinkResult | null> {
  // Only its type, status and case: Link holds no national-id key (functions/lambda-functions.ts).
  const main = await ports.documents.getAsStored(mainDocumentId);
  // A letter follows its main document only in a first instance's bundle (headed by its transfer
  // letter); in a stack of mail scanned without separator sheets, the next letter is mail of its own.
  // A decision copy, a form or an X-ray after a letter is that letter's attachment either way.
  if (kind === 'letter' && main?.item.documentType !== 'case_transfer') return null;
  if (main?.caseId && (main.status === 'registered' || main.status === 'routed')) {
    return { review: false, reason: null, caseId: main.caseId, matchedBy: 'main_document', classification };
  }
  return {
    review: true,
    ...because('waiting_for_main_document', { waitsFor: mainDocumentId }),
    caseId: null,
    matchedBy: null,
    waitsFor: mainDocumentId,
    classification,
  };
}
