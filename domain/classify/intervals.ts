/**
 * Confidence intervals and calibration error for the evaluation's shares: a share measured on a
 * few hundred letters is an estimate, and the report says how sure it is.
 */

/** Wilson score interval for k successes in n trials (95% by default); sensible at 0 and n, unlike the normal approximation. */
export function wilson(k: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Expected calibration error: the mean |confidence − accuracy| over equal-width bins, weighted by their size. */
export function expectedCalibrationError(points: { confidence: number; correct: boolean }[], bins = 10): number {
  if (points.length === 0) return 0;
  let total = 0;
  for (let b = 0; b < bins; b++) {
    const inBin = points.filter((p) => (b === bins - 1 ? p.confidence >= b / bins : p.confidence >= b / bins && p.confidence < (b + 1) / bins));
    if (inBin.length === 0) continue;
    const conf = inBin.reduce((s, p) => s + p.confidence, 0) / inBin.length;
    const acc = inBin.filter((p) => p.correct).length / inBin.length;
    total += (inBin.length / points.length) * Math.abs(conf - acc);
  }
  return total;
}
