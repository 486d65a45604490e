import type { Calibration } from './calibration.ts';
import type { WriterCalibration } from './writer-calibration.ts';
import type { FeatureOptions } from './features.ts';
import { parseGlossaryEntries } from './glossary.ts';
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
  trainingData?: Record<string, number | string | boolean>;
}

export interface LoadedModel {
  file: ModelFile;
  type: SparseLinear;
  area: SparseLinear;
  language: SparseLinear;
}

/**
 * The model file's glossary checked by its schema: the file is JSON cast to ModelFile, and a damaged
 * or hand-edited glossary would otherwise be read with phrases that never match, silently. A file
 * without one (written before the glossary existed, or trained without it) is taken as it is.
 */
function checkedFeatures(features: FeatureOptions, where: string): FeatureOptions {
  if (features.glossary === undefined) return features;
  return { ...features, glossary: parseGlossaryEntries(features.glossary, where) };
}

/** Throws InvalidGlossary (domain/classify/glossary.ts) when the file's glossary is not one. */
export function loadModel(file: ModelFile): LoadedModel {
  const features = checkedFeatures(file.features, `model ${file.version}`);
  const languageFeatures = checkedFeatures(file.language.features, `model ${file.version} (language)`);
  const checked = features === file.features && languageFeatures === file.language.features ? file : { ...file, features, language: { ...file.language, features: languageFeatures } };
  return { file: checked, type: unpackLinear(file.type), area: unpackLinear(file.area), language: unpackLinear(file.language.model) };
}
