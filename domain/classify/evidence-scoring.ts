import { areaEvidence, evidenceRules, type EvidenceRule } from './evidence.ts';

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

/** The most confidence an "appeal" with a deadline-interrupting intent can have: below any review threshold. */
export const INTERRUPTED_APPEAL_CONFIDENCE_CAP = 0.5;

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
