import type { ExtractedFields } from '#schemas/fields';
import type { PostmottakConfig } from '#schemas/config';
import { mustLink } from '../config.ts';
import { reliabilityTable, type ReliabilityRow } from './calibration.ts';
import { passesReviewGate } from './review-gate.ts';

/**
 * Figures for a labelled set: per-class precision/recall, the straight-through share at the review
 * threshold and the error rate among those, field precision/recall, a reliability table. Pure.
 */
export interface Labelled {
  id: string;
  documentType: string;
  area: string;
  language: string;
  truth?: ExtractedFields;
}
export interface Predicted {
  documentType: string;
  area: string;
  language: string;
  confidence: number;
  /** P(type right); absent for a model without a type calibration (then the joint confidence stands in). */
  typeConfidence?: number;
  fields?: ExtractedFields;
  /** The classifier's own hold (DocumentClassification.hold): held whatever the confidence. */
  hold?: string | null;
}

export interface ClassReport {
  label: string;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
}

export function perClass(truth: string[], predicted: string[]): ClassReport[] {
  const labels = [...new Set(truth)].sort();
  return labels.map((label) => {
    const tp = truth.filter((t, i) => t === label && predicted[i] === label).length;
    const support = truth.filter((t) => t === label).length;
    const pred = predicted.filter((p) => p === label).length;
    return { label, support, predicted: pred, precision: pred ? tp / pred : NaN, recall: support ? tp / support : NaN };
  });
}

export interface HeldOutScore {
  n: number;
  typeAccuracy: number;
  areaAccuracy: number;
  languageAccuracy: number;
  jointAccuracy: number;
  /**
   * Share of documents through the review gate (no archivist needed): as the Link stage decides when
   * `mustLink` is given (gatedScore), else every document on its joint confidence.
   */
  straightThrough: number;
  /** Among those, the share wrong by the measure that matters for their path. */
  straightThroughError: number;
  /** Mean log-loss of the confidence as a probability that type and area are right. */
  confidenceLogLoss: number;
}

export function score(labelled: Labelled[], predicted: Predicted[], threshold: number, mustLink?: (documentType: string) => boolean): HeldOutScore {
  const n = labelled.length;
  const right = labelled.map((l, i) => l.documentType === predicted[i]!.documentType && l.area === predicted[i]!.area);
  const through = predicted.map((p) => passesReviewGate(p, p.confidence, threshold));
  const throughCount = through.filter(Boolean).length;
  const throughWrong = through.filter((t, i) => t && !right[i]).length;
  const gated = mustLink ? gatedScore(labelled, predicted, threshold, mustLink) : undefined;
  const eps = 1e-4;
  return {
    n,
    typeAccuracy: labelled.filter((l, i) => l.documentType === predicted[i]!.documentType).length / n,
    areaAccuracy: labelled.filter((l, i) => l.area === predicted[i]!.area).length / n,
    languageAccuracy: labelled.filter((l, i) => l.language === predicted[i]!.language).length / n,
    jointAccuracy: right.filter(Boolean).length / n,
    straightThrough: gated ? gated.straightThrough : throughCount / n,
    straightThroughError: gated ? gated.straightThroughError : throughCount ? throughWrong / throughCount : 0,
    confidenceLogLoss: -predicted.reduce((s, p, i) => s + Math.log(right[i] ? Math.max(eps, p.confidence) : Math.max(eps, 1 - p.confidence)), 0) / n,
  };
}

export function reliability(labelled: Labelled[], predicted: Predicted[]): ReliabilityRow[] {
  return reliabilityTable(predicted.map((p, i) => ({ confidence: p.confidence, correct: labelled[i]!.documentType === p.documentType && labelled[i]!.area === p.area })));
}

export function typeReliability(labelled: Labelled[], predicted: Predicted[]): ReliabilityRow[] {
  return reliabilityTable(predicted.map((p, i) => ({ confidence: p.typeConfidence ?? p.confidence, correct: labelled[i]!.documentType === p.documentType })));
}

export interface GatedScore {
  /** Share of documents through the gate. */
  straightThrough: number;
  /** Among those, the share wrong by the measure that matters for their path. */
  straightThroughError: number;
  /** Documents through / wrong among those, by the predicted type's path. */
  linked: { n: number; through: number; wrong: number };
  created: { n: number; through: number; wrong: number };
}

/**
 * Straight-through counted as the Link stage decides (domain/registry/linking.ts), assuming every
 * document of a must-link type finds its case (one that does not goes to review whatever its
 * confidence, and whether it finds the right case is not measured here): a must-link type passes on
 * its type confidence and is right when its type is (it takes the case's area); any other type passes
 * on the joint confidence and is right when type and area are. `mustLink` is by the predicted type.
 */
export function gatedScore(labelled: Labelled[], predicted: Predicted[], threshold: number, mustLink: (documentType: string) => boolean): GatedScore {
  const linked = { n: 0, through: 0, wrong: 0 };
  const created = { n: 0, through: 0, wrong: 0 };
  predicted.forEach((p, i) => {
    const l = labelled[i]!;
    const link = mustLink(p.documentType);
    const bucket = link ? linked : created;
    const confidence = link ? (p.typeConfidence ?? p.confidence) : p.confidence;
    const right = l.documentType === p.documentType && (link || l.area === p.area);
    bucket.n++;
    if (passesReviewGate(p, confidence, threshold)) {
      bucket.through++;
      if (!right) bucket.wrong++;
    }
  });
  const through = linked.through + created.through;
  return { straightThrough: through / predicted.length, straightThroughError: through ? (linked.wrong + created.wrong) / through : 0, linked, created };
}

export interface FieldReport {
  field: string;
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
}

/** Set-based for lists (each id or reference a unit), value-based for dates (null means "none"). */
export function fieldReports(labelled: Labelled[], predicted: Predicted[]): FieldReport[] {
  const acc = {
    nationalIds: { tp: 0, pred: 0, exp: 0 },
    caseReferences: { tp: 0, pred: 0, exp: 0 },
    decisionDate: { tp: 0, pred: 0, exp: 0 },
    decisionReceivedDate: { tp: 0, pred: 0, exp: 0 },
  };
  labelled.forEach((l, i) => {
    const truth = l.truth;
    const got = predicted[i]!.fields;
    if (!truth || !got) return;
    for (const key of ['nationalIds', 'caseReferences'] as const) {
      const want = new Set(truth[key]);
      const have = new Set(got[key]);
      acc[key].exp += want.size;
      acc[key].pred += have.size;
      for (const v of have) if (want.has(v)) acc[key].tp++;
    }
    for (const key of ['decisionDate', 'decisionReceivedDate'] as const) {
      if (truth[key]) acc[key].exp++;
      if (got[key]) acc[key].pred++;
      if (truth[key] && got[key] === truth[key]) acc[key].tp++;
    }
  });
  return Object.entries(acc).map(([field, a]) => ({ field, truePositives: a.tp, predicted: a.pred, expected: a.exp, precision: a.pred ? a.tp / a.pred : NaN, recall: a.exp ? a.tp / a.exp : NaN }));
}

/**
 * Whether the Link stage lets a letter straight through at these thresholds, assuming a must-link letter
 * finds its case: never one the classifier holds itself (`hold`: no text, a comments-or-appeal heading),
 * else a must-link type on P(type right) (the joint confidence for a model without a type calibration),
 * any other on P(type and area right). `confidence` is the one it was gated on. The one place this rule
 * is written for evaluation, threshold choice and promotion.
 */
export function routedAt(
  prediction: Pick<Predicted, 'documentType' | 'confidence' | 'typeConfidence' | 'hold'>,
  config: PostmottakConfig,
  thresholds: { newCase: number; mustLink: number },
): { mustLink: boolean; confidence: number; routed: boolean } {
  const link = mustLink(config, prediction.documentType);
  const confidence = link ? (prediction.typeConfidence ?? prediction.confidence) : prediction.confidence;
  return { mustLink: link, confidence, routed: passesReviewGate(prediction, confidence, link ? thresholds.mustLink : thresholds.newCase) };
}

/**
 * Per document, as the Link stage decides at the two thresholds of its decisions (routedAt): right in
 * type and area, routed, and routed wrong. The unit of the paired comparison of two models (promotion.ts).
 */
export function gatedLetterResults(
  labelled: Labelled[],
  predicted: Predicted[],
  thresholds: { newCase: number; mustLink: number },
  config: PostmottakConfig,
): { typeRight: boolean; areaRight: boolean; routed: boolean; routedWrong: boolean }[] {
  return predicted.map((p, i) => {
    const l = labelled[i]!;
    const { mustLink: link, routed } = routedAt(p, config, thresholds);
    const typeRight = l.documentType === p.documentType;
    const areaRight = l.area === p.area;
    return { typeRight, areaRight, routed, routedWrong: routed && !(typeRight && (link || areaRight)) };
  });
}
