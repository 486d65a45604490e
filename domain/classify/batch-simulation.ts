import type { ExtractedFields } from '#schemas/fields';
import { heldByClassifier, passesReviewGate } from './review-gate.ts';

/**
 * What the Link stage would do with a day's mail, letter by letter in the order it arrives, from the
 * classifier's answers alone (no store): which letters go straight through, which to review, which
 * wait beside a document in review, and whether what went through went to the right place. Used by
 * `npm run eval` on the unseen-writer set, whose batches are realistic days (a letter that opens a
 * case, then follow-ups that must find it).
 */
export interface BatchLetter {
  id: string;
  batch: string;
  truth: { documentType: string; area: string; linksTo: string | null; fields: Pick<ExtractedFields, 'decisionDate' | 'decisionReceivedDate'> };
  /** `hold`: the classifier's own hold (no text, a comments-or-appeal heading): to review whatever the confidence. */
  predicted: { documentType: string; area: string; confidence: number; typeConfidence: number; fields: ExtractedFields; hold?: string | null };
}

export interface Thresholds {
  /** Gate for a document that opens a case (or links as a create type): P(type and area right). */
  newCase: number;
  /** Gate for a must-link document that found its case: P(type right). */
  mustLink: number;
}

export type Outcome = 'routed' | 'review' | 'waiting';

/**
 * Which of the Link stage's decisions kept a letter from going through: it waits beside a document
 * in review, the classifier held it itself (its own review reason), it must be linked and no case
 * matched, its confidence is under the decision's threshold, or the decision date it needs was not read.
 */
export type HoldReason = 'waiting' | 'classifier' | 'no-case' | 'below-threshold' | 'missing-date';

export interface LetterOutcome {
  id: string;
  outcome: Outcome;
  /** The product should have routed it without an archivist (SPEC: everything but a follow-up with no case, or an appeal without a decision date). */
  shouldRoute: boolean;
  /** Routed, and wrong: type, area of a new case, or the case it joined. */
  wrong: boolean;
  /** The area the product reports: the case's when it joined one. */
  reportedArea: string;
  /** The document it waits for, when waiting. */
  waitsFor: string | null;
  /** Why it was not routed (null when routed). */
  heldBecause: HoldReason | null;
  /** The Link decision it was judged by: a must-link type, or one that opens a case. */
  decision: 'newCase' | 'mustLink';
  /**
   * The confidence the gate read: P(type right) for a must-link letter that found its case (it takes the
   * case's area), else the joint P(type and area right). A list that shows only the joint one makes a
   * follow-up held on its type (0.91 under 0.94) look as if its area had collapsed the gate (0.16).
   */
  gatedConfidence: number;
  /** How it found its case: the first of its references that names one case, else its one case by national id. */
  matchedBy: 'case_reference' | 'national_id' | null;
  /** When it found a case, routed or not: whether that case is the one it belongs to (the precision of `matchedBy`). */
  foundRightCase: boolean | null;
}

interface SimCase {
  id: string;
  /** The letter that opened it (truth: the case of that letter). */
  openedBy: string;
  area: string;
  ids: Set<string>;
  refs: Set<string>;
}

function soleCase(cases: SimCase[], fields: ExtractedFields): { found: SimCase; by: 'case_reference' | 'national_id' } | null {
  for (const ref of fields.caseReferences) {
    const found = cases.filter((c) => c.refs.has(ref));
    if (found.length === 1) return { found: found[0]!, by: 'case_reference' };
  }
  const byId = new Set(cases.filter((c) => fields.nationalIds.some((n) => c.ids.has(n))));
  return byId.size === 1 ? { found: [...byId][0]!, by: 'national_id' } : null;
}

/**
 * Simulates one batch. `waitForCase`: a must-link letter with no case, whose id or reference matches
 * a document of the same batch waiting in review, waits beside it (issue 13, item 6) and is carried
 * on when the archivist decides that document (the archivist is taken to decide it rightly).
 */
export function simulateBatch(letters: BatchLetter[], thresholds: Thresholds, mustLink: (type: string) => boolean, requiresDecisionDate: (type: string) => boolean, waitForCase = true): LetterOutcome[] {
  const cases: SimCase[] = [];
  /** The case each letter's truth belongs to, by the letter that opened it. */
  const truthCase = new Map<string, string>();
  const pending: BatchLetter[] = [];
  const typeOf = new Map<string, string>();
  const out: LetterOutcome[] = [];
  for (const l of letters) {
    truthCase.set(l.id, l.truth.linksTo ? (truthCase.get(l.truth.linksTo) ?? l.truth.linksTo) : l.id);
    typeOf.set(l.id, l.truth.documentType);
    const truthLinks = mustLink(l.truth.documentType);
    const noDate = requiresDecisionDate(l.truth.documentType) && !l.truth.fields.decisionDate && !l.truth.fields.decisionReceivedDate;
    // A follow-up should be routed when its case is opened in the batch: the letter at the root of
    // its links opens a case (a follow-up of a case opened elsewhere rightly goes to review).
    const root = truthCase.get(l.id)!;
    const shouldRoute = truthLinks ? l.truth.linksTo !== null && !mustLink(typeOf.get(root) ?? l.truth.documentType) : !noDate;
    const p = l.predicted;
    const linkType = mustLink(p.documentType);
    const classifierHeld = heldByClassifier(p);
    // The Link stage looks up no case for a letter the classifier holds (stages/link.ts), so such a letter
    // may still wait beside a document in review.
    const match = classifierHeld ? null : soleCase(cases, p.fields);
    const found = match?.found ?? null;
    const confidence = linkType && found ? p.typeConfidence : p.confidence;
    const threshold = linkType ? thresholds.mustLink : thresholds.newCase;
    const missingDate = requiresDecisionDate(p.documentType) && !p.fields.decisionDate && !p.fields.decisionReceivedDate;
    const reportedArea = found ? found.area : p.area;
    let outcome: Outcome = 'routed';
    let waitsFor: string | null = null;
    let heldBecause: HoldReason | null = null;
    // Without a case of its own, a letter that shares a reference or id with a document waiting in
    // review waits beside it: a follow-up, or a transfer letter for the appeal being decided, would
    // otherwise be a review item of its own or open a second case.
    // One that would open a case itself waits only for another opener, never for a follow-up (stages/link.ts).
    const wouldOpen = !linkType && passesReviewGate(p, confidence, threshold) && !missingDate;
    const shares = (d: BatchLetter) => d.predicted.fields.caseReferences.some((r) => p.fields.caseReferences.includes(r)) || d.predicted.fields.nationalIds.some((n) => p.fields.nationalIds.includes(n));
    const mayOpen = (d: BatchLetter) => !mustLink(d.predicted.documentType) || d.predicted.typeConfidence < thresholds.mustLink;
    const waiting = waitForCase && !found ? pending.find((d) => shares(d) && (!wouldOpen || mayOpen(d))) : undefined;
    if (waiting) {
      outcome = 'waiting';
      waitsFor = waiting.id;
      heldBecause = 'waiting';
    } else if (classifierHeld) {
      // The Link stage reviews a letter with the classifier's own reason before any case is looked up.
      outcome = 'review';
      heldBecause = 'classifier';
    } else if (linkType && !found) {
      outcome = 'review';
      heldBecause = 'no-case';
    } else if (confidence < threshold) {
      outcome = 'review';
      heldBecause = 'below-threshold';
    } else if (missingDate) {
      outcome = 'review';
      heldBecause = 'missing-date';
    }
    let wrong = false;
    const foundRightCase = found ? truthCase.get(found.openedBy) === truthCase.get(l.id) : null;
    if (outcome === 'routed') {
      const typeRight = p.documentType === l.truth.documentType;
      const caseRight = found ? foundRightCase : !truthLinks && (l.truth.linksTo === null || opensForWaitingOpener(l, pending, cases, truthCase));
      wrong = !typeRight || !caseRight || (!found && p.area !== l.truth.area);
      if (!found) cases.push({ id: l.id, openedBy: l.id, area: p.area, ids: new Set(p.fields.nationalIds), refs: new Set(p.fields.caseReferences) });
      else for (const r of p.fields.caseReferences) found.refs.add(r);
    } else if (outcome === 'review') {
      // The letters after it that share its reference or id wait for the archivist's decision on it.
      pending.push(l);
    }
    out.push({ id: l.id, outcome, shouldRoute, wrong, reportedArea, waitsFor, heldBecause, decision: linkType ? 'mustLink' : 'newCase', gatedConfidence: confidence, matchedBy: match?.by ?? null, foundRightCase });
  }
  return out;
}

/**
 * A letter of a type that opens a case (SPEC: "new case, unless one is linked") rightly opens it when
 * the letter that truly opens that case waits in review in this batch and no case of it exists yet:
 * the archivist then links the waiting letter to this case by its national id, and the day ends with
 * one case and the same deadlines (both types open theirs whether they create or link). Not when an
 * appeal opens the case of a deadline-interrupting appeal in review: linked later, that one would open
 * `grounds` for grounds already received. A letter whose opener came another day, was routed, or was
 * routed elsewhere opens a second case: wrong.
 */
function opensForWaitingOpener(l: BatchLetter, pending: BatchLetter[], cases: SimCase[], truthCase: Map<string, string>): boolean {
  const root = truthCase.get(l.id);
  if (cases.some((c) => truthCase.get(c.openedBy) === root)) return false;
  const opener = pending.find((d) => truthCase.get(d.id) === root);
  if (!opener) return false;
  return !(l.truth.documentType === 'appeal' && opener.truth.documentType === 'appeal_deadline_interrupting');
}

export interface SimulationSummary {
  letters: number;
  shouldRoute: number;
  /** Of those that should be routed, routed without an archivist. */
  straightThrough: number;
  routed: number;
  routedWrong: number;
  reviewItems: number;
  waiting: number;
}

export function summarize(outcomes: LetterOutcome[]): SimulationSummary {
  return {
    letters: outcomes.length,
    shouldRoute: outcomes.filter((o) => o.shouldRoute).length,
    straightThrough: outcomes.filter((o) => o.shouldRoute && o.outcome === 'routed').length,
    routed: outcomes.filter((o) => o.outcome === 'routed').length,
    routedWrong: outcomes.filter((o) => o.outcome === 'routed' && o.wrong).length,
    reviewItems: outcomes.filter((o) => o.outcome === 'review').length,
    waiting: outcomes.filter((o) => o.outcome === 'waiting').length,
  };
}
