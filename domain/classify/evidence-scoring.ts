import { areaEvidence, evidenceRules, type EvidenceRule } from './evidence.ts';
import type { WritersAppealReading } from './deadline-interrupting.ts';

/**
 * How much a piece of evidence moves an area's score (added before the softmax, like the hard cues'
 * rule boost). A cited law section, a named first-instance unit or its reference format is near
 * proof; a benefit's name is weaker, since letters mention other benefits ("I had AAP for four
 * years" in a disability appeal). Chosen on the calibration half of the unseen-writer set and the
 * training scans (never the test half): see scripts/eval.ts, which prints each rule's precision.
 */
export const EVIDENCE_WEIGHT: Record<EvidenceRule['kind'], number> = { law: 4, first_instance: 3, reference_format: 3, benefit: 1 };

/** Added to the deadline-interrupting type's score when the letter promises its grounds later. */
export const INTERRUPTION_BOOST = 4;

/**
 * What the writer's own words about the appeal's timing add to the type scores, in place; training
 * mirrors it (scripts/train.ts) so the calibration is that of what classify answers. A promise of later
 * grounds lifts the deadline-interrupting type. A late appeal in the deadline's own words («fristen er gått
 * ut») that promises nothing has no running deadline to interrupt: the model's weight for the two appeal
 * types goes to `appeal` and the same amount is taken from the other. An apology for the lateness moves
 * nothing (fix-late19: «Orsak at det har teke så lang tid» beside a promise the reader did not know went
 * through as an ordinary appeal at 0.98); classify holds such a letter instead. Grounds delivered as
 * announced lift `appeal`. Answers whether the late reading took the model's deadline-interrupting answer
 * away: classify then holds the appeal for an archivist.
 */
export function applyWritersAppeal(scores: Float64Array, classes: readonly string[], reading: WritersAppealReading): { lateOverruledModel: boolean } {
  const adi = classes.indexOf('appeal_deadline_interrupting');
  const appeal = classes.indexOf('appeal');
  let lateOverruledModel = false;
  if (adi >= 0 && reading.interruption && !reading.late) scores[adi]! += INTERRUPTION_BOOST;
  if (adi >= 0 && appeal >= 0 && reading.late && !reading.interruption) {
    lateOverruledModel = scores[adi]! > scores[appeal]!;
    // What the model gave the two appeal types belongs to the one a late appeal can be.
    const most = Math.max(scores[appeal]!, scores[adi]!);
    scores[appeal] = most + Math.log(Math.exp(scores[appeal]! - most) + Math.exp(scores[adi]! - most));
    scores[adi]! -= INTERRUPTION_BOOST;
  }
  if (appeal >= 0 && reading.deliversGrounds) scores[appeal]! += INTERRUPTION_BOOST;
  return { lateOverruledModel };
}

/** The most confidence an "appeal" with a deadline-interrupting intent can have: below any review threshold. */
export const INTERRUPTED_APPEAL_CONFIDENCE_CAP = 0.5;

/**
 * The most confidence a case-opening answer can have when a piece of evidence names another area than
 * the one answered (issue 13, item 2): the model overruled the evidence, or the evidence itself points
 * two ways (a disability appeal telling of the years on AAP). Below any review threshold: an archivist
 * reads which area the case is about. Measured in scripts/gate-checks.ts on the calibration half, the
 * held-out families and generated eval-family letters through the OCR noise model.
 */
export const CONTESTED_AREA_CONFIDENCE_CAP = 0.5;

/** Adds the evidence to the area scores in place; returns the rules that fired. */
export function applyEvidence(scores: Float64Array, classes: string[], text: string, rules: EvidenceRule[] = evidenceRules, weights = EVIDENCE_WEIGHT): string[] {
  const hits = areaEvidence(text, rules);
  const kindOf = new Map(rules.map((r) => [r.id, r.kind]));
  for (const hit of hits) {
    const at = classes.indexOf(hit.area);
    if (at >= 0) scores[at]! += weights[kindOf.get(hit.rule)!];
  }
  return hits.map((h) => h.rule);
}
