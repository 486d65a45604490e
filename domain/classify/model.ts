import type { Calibration } from './calibration.ts';
import type { WriterCalibration } from './writer-calibration.ts';
import type { FeatureOptions } from './features.ts';
import { unpackLinear, type PackedLinear, type SparseLinear } from './linear.ts';

/**
 * The classifier as a file (models/current.json): versioned, self-describing, small. Written by
 * scripts/train.ts; read once per process by the classify stage.
 */
export interface ModelFile {
  version: string;
  createdAt: string;
  /** Which learner produced the weights ('softmax' or 'naive_bayes'), for the record. */
  method: string;
  features: FeatureOptions;
  type: PackedLinear;
  area: PackedLinear;
  language: { features: FeatureOptions; model: PackedLinear };
  /** Added to a type's score when its hard cue (rules.ts) matches. */
  ruleBoost: number;
  /** Raw joint probability (type x area) -> P(type and area both right). */
  calibration: Calibration;
  /**
   * Type probability -> P(type right), fitted on the same cross-fit predictions. A linked document
   * takes its case's area, so for must-link types this is the probability the gate needs. Absent in
   * models trained before it existed: then the joint calibration stands in (conservative).
   */
  typeCalibration?: Calibration;
  /**
   * A second calibration per decision the Link stage makes, fitted on the unseen-writer calibration
   * half (scripts/calibrate.ts) on top of the cross-fitted one: `newCase` maps `confidence`,
   * `mustLink` maps `typeConfidence`. Absent: the cross-fitted confidences stand.
   */
  linkCalibration?: { newCase: Calibration; mustLink: Calibration; fittedOn?: string };
  /**
   * The stage that knows new writers (writer-calibration.ts), on top of `linkCalibration`: fitted on
   * the unseen-writer calibration half by scripts/calibrate.ts (or the promotion gate) after the
   * thresholds were chosen on its out-of-fold answers. Absent: the template-family maps stand.
   */
  writerCalibration?: WriterCalibration;
  /** What the model scored on the held-out set when it was trained (see models/promotions.json). */
  heldOut?: Record<string, number>;
  trainingData?: Record<string, number | string>;
}

export interface LoadedModel {
  file: ModelFile;
  type: SparseLinear;
  area: SparseLinear;
  language: SparseLinear;
}

export function loadModel(file: ModelFile): LoadedModel {
  return { file, type: unpackLinear(file.type), area: unpackLinear(file.area), language: unpackLinear(file.language.model) };
}
