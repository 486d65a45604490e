import type { ModelFile } from '../domain/classify/index.ts';

/**
 * A model as training made it. Until session 5 the promoted model carried a second calibration map
 * fitted on the unseen-writer calibration half itself (scripts/calibrate.ts then); scored on that
 * half, it would be judged in-sample against a candidate that never saw it. Training now fits the
 * per-decision maps on cross-fitted training families, which stay.
 */
export function asTrained(file: ModelFile): ModelFile {
  if (!file.linkCalibration?.fittedOn?.includes('unseen-writers')) return file;
  const { linkCalibration: _fittedOnTheGate, ...rest } = file;
  return rest as ModelFile;
}
