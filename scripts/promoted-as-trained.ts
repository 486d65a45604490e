import type { ModelFile } from '../domain/classify/index.ts';

/**
 * A model as training made it, without what was fitted on the unseen-writer calibration half: the
 * writer stage (writerCalibration, scripts/calibrate.ts) and, in models of session 4, a linkCalibration
 * fitted there. Scored on that half with them, a model would be judged in-sample against a candidate
 * that never saw it; the gate fits the writer stage again out of fold for both
 * (eval-sets/unseen-writers/writer-fit.ts). The per-decision maps training fits on cross-fitted
 * template families stay.
 */
export function asTrained(file: ModelFile): ModelFile {
  const { writerCalibration: _fittedOnTheHalf, ...rest } = file;
  if (!rest.linkCalibration?.fittedOn?.includes('unseen-writers')) return rest;
  const { linkCalibration: _fittedOnTheGate, ...older } = rest;
  return older as ModelFile;
}
