import type { PostmottakConfig } from '#schemas/config';
import type { ArchivistDecision, Classification } from '#schemas/pipeline';
import type { LinkResult } from '#schemas/state';
import type { Reason } from '#schemas/reasons';
import type { IsoDate } from '#schemas/taxonomy';
import { linkThreshold, mustLink, typeRule } from '../config.ts';
import { countsFromDecision, dateAfterReceived, decisionDeadlineKind } from './decision-dates.ts';
import { because, reasonNames, reasonText } from '../reasons/wording.ts';
import { coverCaseDisagreement } from '../sheets/cover-case-check.ts';
import { decisionConfidence } from './result.ts';
import { appealedDecisionOf, sameAppealedDecision, type AppealedDecision } from './same-decision.ts';

/**
 * Which case a document belongs to (SPEC "Registration, deadlines and routing"): a case reference that
 * matches a known reference of an open case, else a national id with exactly one open case; and
 * whether an archivist must look first. The store finds the candidates; this decides.
 */

export interface CaseCandidate {
  caseId: string;
  open: boolean;
  area: string;
  /** The document that created the case: a re-run of that document must not link to its own case. */
  createdBy: string;
  /** The decision the case was opened for (its opener's), looked up only for a letter that opens a case itself. */
  openedFor?: AppealedDecision | undefined;
}

export interface LinkInput {
  documentId: string;
  /** The machine's classification, before an archivist's corrections. */
  classification: Classification;
  decision?: ArchivistDecision | undefined;
  /** Per case reference of the document, in the document's order: the cases it is a known reference of. */
  referenceMatches: CaseCandidate[][];
  /** The cases of every national id of the document. */
  nationalIdMatches: CaseCandidate[];
  /** When the archivist chose a case: that case as found, or null when it does not exist. */
  chosenCase?: CaseCandidate | null | undefined;
  /** When a cover sheet names the case (classification.cover): that case as found, or null when it does not exist. */
  coverCase?: (CaseCandidate & { nationalIdHashes?: readonly string[] }) | null | undefined;
  /** The keyed hashes of the document's national ids: checked against the cover sheet's case. */
  nationalIdHashes?: readonly string[] | undefined;
  /** The day the mail was received: a decision date read after it is misread (without it none is checked). */
  receivedDate?: IsoDate | undefined;
}

/** The classification with an archivist's corrections: the archivist has looked, so nothing is left for review. */
export function applyDecision(classification: Classification, decision: ArchivistDecision | undefined): Classification {
  // A document carried on after the one it waited beside was decided: nobody has looked at it.
  if (!decision || decision.carriedOnAfter) return classification;
  return {
    ...classification,
    documentType: decision.documentType ?? classification.documentType,
    area: decision.area ?? classification.area,
    fields: { ...classification.fields, ...stripUndefined(decision.fields ?? {}) },
    reviewReason: null,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Why a document goes to review: its code and parameters, and the English words made from them. */
export type ReviewReason = { reason: string; reasonCode: Reason };

function review(why: ReviewReason, classification: Classification): LinkResult {
  return { review: true, reason: why.reason, reasonCode: why.reasonCode, caseId: null, matchedBy: null, classification };
}

/** Review for a document that found its case: a follow-up's gate read P(type right), and its line says so (fix s16 item 3). */
function reviewOnCase(why: ReviewReason, classification: Classification, config: PostmottakConfig): LinkResult {
  return mustLink(config, classification.documentType) ? { ...review(why, classification), confidenceOf: 'type' } : review(why, classification);
}

/** The classifier's own reason (no text), as a code; one from before codes existed is kept in its words. */
function classifierReason(classification: Classification): ReviewReason | null {
  if (!classification.reviewReason) return null;
  return { reason: classification.reviewReason, reasonCode: classification.reviewReasonCode ?? { code: 'no_text', params: {} } };
}

/** The one open case the candidates agree on, or null when there is none or the choice is ambiguous. */
function soleOpenCase(candidates: CaseCandidate[]): string | null {
  const open = new Set(candidates.filter((c) => c.open).map((c) => c.caseId));
  return open.size === 1 ? [...open][0]! : null;
}

/**
 * The reasons for review that need no lookup: the classifier's own reason, a confidence under the
 * threshold, an appeal without a decision date, a decision date read after the mail arrived (a misread
 * year must not set a legal deadline). An archivist's decision has settled them all.
 * `linksToCase`: the document is of a must-link type and links to an existing case, so it takes that
 * case's area (SPEC) and only its type must be right: the gate is the type's confidence. Otherwise
 * the area read from the letter is used, and the gate is the joint confidence of type and area.
 */
export function reviewBeforeLinking(classification: Classification, decision: ArchivistDecision | undefined, config: PostmottakConfig, linksToCase = false, receivedDate?: IsoDate): ReviewReason | null {
  if (decision && !decision.carriedOnAfter) return null;
  const own = classifierReason(classification);
  if (own) return own;
  const names = reasonNames(config);
  const typeOnly = linksToCase && mustLink(config, classification.documentType);
  const { confidence } = decisionConfidence(classification, typeOnly);
  const threshold = linkThreshold(config, typeOnly ? 'mustLink' : 'newCase');
  // The type is sure but the letter's evidence names another area than the one read: say so, not "unsure".
  const contestedBy = typeOnly ? undefined : classification.areaContestedBy;
  if (confidence < threshold && contestedBy && (classification.typeConfidence ?? 0) >= threshold) {
    return because('area_contested', { documentType: classification.documentType, area: classification.area, evidenceArea: contestedBy, typeConfidence: classification.typeConfidence ?? null }, names);
  }
  if (confidence < threshold) {
    return because('unsure', { confidence, threshold, documentType: classification.documentType, area: typeOnly ? null : classification.area, typeConfidence: classification.typeConfidence ?? null }, names);
  }
  const { decisionDate, decisionReceivedDate } = classification.fields;
  if (typeRule(config, classification.documentType).requiresDecisionDate && decisionDate === null && decisionReceivedDate === null) {
    return because('no_decision_date', { documentType: classification.documentType }, names);
  }
  // Only where a deadline counts from the date: a medical declaration's read date sets nothing.
  const late = receivedDate && countsFromDecision(config, classification.documentType) ? dateAfterReceived({ decisionDate, decisionReceivedDate }, receivedDate) : null;
  if (late) return because('decision_date_after_received', { documentType: classification.documentType, field: late.field, date: late.date, receivedDate: receivedDate!, deadline: decisionDeadlineKind(config, classification.documentType) }, names);
  return null;
}

export function decideLink(input: LinkInput, config: PostmottakConfig): LinkResult {
  const { decision } = input;
  const classification = applyDecision(input.classification, decision);
  const rule = typeRule(config, classification.documentType);

  if (decision?.caseId) {
    if (!input.chosenCase) return review(because('chosen_case_missing', { caseId: decision.caseId }), classification);
    return { review: false, reason: null, caseId: input.chosenCase.caseId, matchedBy: 'archivist', classification };
  }

  const cover = classification.cover;
  if (cover && !decision) {
    // The sheet's code decides the case, never a guess from the letter (SPEC "Cover sheets").
    if (!input.coverCase) return review(because('cover_case_missing', { caseNumber: cover.caseNumber }), classification);
    if (!input.coverCase.open) return review(because('cover_case_closed', { caseNumber: cover.caseNumber }), classification);
    const facts = { cover, caseArea: input.coverCase.area, caseNationalIdHashes: input.coverCase.nationalIdHashes ?? [], documentNationalIdHashes: input.nationalIdHashes ?? [] };
    const disagreement = coverCaseDisagreement(facts, reasonNames(config));
    if (disagreement) return review(disagreement, classification);
    const unsure = reviewBeforeLinking(classification, decision, config, true, input.receivedDate);
    return unsure ? review(unsure, classification) : { review: false, reason: null, caseId: input.coverCase.caseId, matchedBy: 'cover_sheet', classification };
  }

  const own = classifierReason(classification);
  if (own && (!decision || decision.carriedOnAfter)) return review(own, classification);
  const early = reviewBeforeLinking(classification, decision, config, false, input.receivedDate);
  const earlyIfLinked = reviewBeforeLinking(classification, decision, config, true, input.receivedDate);

  // A re-run of the document that created a case finds that case among the candidates (it carries all
  // of the document's references and ids): it takes the new-case path again, and registration finds
  // the case it made, so the second run answers like the first.
  const ownCase = [...input.referenceMatches.flat(), ...input.nationalIdMatches].some((c) => c.createdBy === input.documentId);
  if (!ownCase) {
    // A reference names a case when it is a known reference of exactly one open case; the first such
    // reference in the letter wins (a letter cites our number first as «Deres ref.» as a rule).
    for (const candidates of input.referenceMatches) {
      const match = soleOpenCase(candidates);
      if (match) return earlyIfLinked ? reviewOnCase(earlyIfLinked, classification, config) : { review: false, reason: null, caseId: match, matchedBy: 'case_reference', classification };
    }
    const byPerson = soleOpenCase(input.nationalIdMatches);
    const sameDecision = byPerson ? personsCaseFits(input, classification, byPerson, config) : null;
    if (byPerson && sameDecision === 'unsure') {
      // What else is unsure (the type a guess) is said too: choosing the case files it as the type read.
      const otherDecision: Reason = { code: 'same_person_other_decision', params: { documentType: classification.documentType, caseId: byPerson, caseArea: caseOf(input, byPerson)?.area ?? null, area: classification.area }, ...alsoOf(early) };
      return review({ reason: reasonText(otherDecision, 'en', reasonNames(config)), reasonCode: otherDecision }, classification);
    }
    if (byPerson && sameDecision !== 'different') return earlyIfLinked ? reviewOnCase(earlyIfLinked, classification, config) : { review: false, reason: null, caseId: byPerson, matchedBy: 'national_id', classification };
  }

  if (rule.caseMode === 'link' && !ownCase) {
    // The missing case comes first: it is what the archivist must supply whatever else is unsure.
    const noCase: Reason = { code: 'no_matching_case', params: { documentType: classification.documentType }, ...alsoOf(early) };
    return review({ reason: reasonText(noCase, 'en', reasonNames(config)), reasonCode: noCase }, classification);
  }
  if (early) return review(early, classification);
  // A new case; or, on a re-run, the case this same document created before, which registration finds again.
  return { review: false, reason: null, caseId: null, matchedBy: null, classification };
}

/** A reason's `also`: the reason that holds as well, when there is one. */
function alsoOf(early: ReviewReason | null): Pick<Reason, 'also'> {
  return early ? { also: { code: early.reasonCode.code, params: early.reasonCode.params } } : {};
}

function caseOf(input: LinkInput, caseId: string): CaseCandidate | undefined {
  return input.nationalIdMatches.find((c) => c.caseId === caseId);
}

/**
 * A letter that opens a case, found by its person's one open case only: the same appealed decision
 * joins it, another decision opens its own case (issue 14 item 4, the rule Register's claims apply to
 * letters side by side). A follow-up (must be linked) always joins. Null: no question to ask.
 * Undecidable goes to review; an archivist who decided it without choosing a case chose a new one.
 */
function personsCaseFits(input: LinkInput, classification: Classification, caseId: string, config: PostmottakConfig): 'same' | 'different' | 'unsure' | null {
  if (mustLink(config, classification.documentType)) return null;
  const found = caseOf(input, caseId);
  const archivistDecided = input.decision !== undefined && !input.decision.carriedOnAfter;
  const areaSure = archivistDecided || classification.confidence >= linkThreshold(config, 'newCase');
  const letter = appealedDecisionOf(classification.fields, classification.area, areaSure, typeRule(config, classification.documentType).closes ?? []);
  const opener = found?.openedFor ?? { decisionDate: null, firstInstance: null, area: found?.area ?? classification.area, areaSure: true };
  const answer = sameAppealedDecision(letter, opener);
  return answer === 'unsure' && archivistDecided ? 'different' : answer;
}
