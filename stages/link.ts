import type { Classification } from '#schemas/pipeline';
import type { ExecutionState, LinkResult } from '#schemas/state';
import { applyDecision, decideLink, type CaseCandidate } from '#domain/registry/linking';
import { normalizeReference, ownCaseIdIn } from '#domain/registry/case-number';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { unique } from '#domain/registry/registration';
import type { StagePorts } from './ports.ts';
import { caseIdOfCover } from '#domain/sheets/cover';
import { documentIdOf } from './document-id.ts';

const candidate = (c: { caseId: string; open: boolean; area: string; createdBy: string }): CaseCandidate => ({ caseId: c.caseId, open: c.open, area: c.area, createdBy: c.createdBy });

/** Link: the case a document belongs to (by reference, then by national id), or why it needs review. */
export async function linkStage(state: ExecutionState & { classification: Classification }, ports: StagePorts): Promise<LinkResult> {
  const { cases, config } = ports;
  const documentId = documentIdOf(state);
  const decision = state.decision;
  const classification = applyDecision(state.classification, decision);
  const base = { documentId, classification: state.classification, decision };

  if (decision?.caseId) {
    const chosen = await cases.get(decision.caseId, { consistent: false });
    return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [], chosenCase: chosen ? candidate(chosen) : null }, config);
  }
  // A cover sheet names the case: that one is looked up, nothing else (never a guess from the letter).
  const cover = decision ? undefined : classification.cover;
  if (cover) {
    const named = await cases.get(caseIdOfCover(cover), { consistent: false });
    return decideLink({ ...base, referenceMatches: [], nationalIdMatches: [], coverCase: named ? candidate(named) : null }, config);
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
  return decideLink({ ...base, referenceMatches, nationalIdMatches }, config);
}
