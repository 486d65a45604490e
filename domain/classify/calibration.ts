/**
 * Turns a raw score into a probability of being right, by isotonic regression (pool adjacent
 * violators) on held-out predictions: the result is monotone in the score, and among documents
 * given confidence p about a share p were right on the data it was fitted to.
 */
export interface Calibration {
  /** Raw-score knots, ascending. */
  x: number[];
  /** Calibrated probability at each knot, non-decreasing. */
  y: number[];
}

export function fitIsotonic(points: { score: number; correct: boolean }[], minBlock = 1): Calibration {
  const sorted = [...points].sort((a, b) => a.score - b.score);
  // Blocks: [sum of correct, count, sum of scores]
  const blocks: { sum: number; n: number; scoreSum: number }[] = [];
  for (const p of sorted) {
    blocks.push({ sum: p.correct ? 1 : 0, n: 1, scoreSum: p.score });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.n >= b.sum / b.n || a.n < minBlock) {
        blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, n: a.n + b.n, scoreSum: a.scoreSum + b.scoreSum });
      } else break;
    }
  }
  // A block at the top (or bottom) smaller than minBlock is merged into its neighbour.
  while (blocks.length > 1 && blocks[blocks.length - 1]!.n < minBlock) {
    const b = blocks.pop()!;
    const a = blocks.pop()!;
    blocks.push({ sum: a.sum + b.sum, n: a.n + b.n, scoreSum: a.scoreSum + b.scoreSum });
  }
  return { x: blocks.map((b) => b.scoreSum / b.n), y: blocks.map((b) => b.sum / b.n) };
}

/** Piecewise-linear between knot centres, flat beyond the ends. */
export function applyCalibration(cal: Calibration, score: number): number {
  const { x, y } = cal;
  if (x.length === 0) return score;
  if (score <= x[0]!) return y[0]!;
  if (score >= x[x.length - 1]!) return y[y.length - 1]!;
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= score) lo = mid;
    else hi = mid;
  }
  const t = (score - x[lo]!) / (x[hi]! - x[lo]! || 1);
  return y[lo]! + t * (y[hi]! - y[lo]!);
}

export interface ReliabilityRow {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Bins of confidence with the share that was actually right in each (the reliability table). */
export function reliabilityTable(points: { confidence: number; correct: boolean }[], edges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0001]): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const inBin = points.filter((p) => p.confidence >= edges[i]! && p.confidence < edges[i + 1]!);
    rows.push({
      from: edges[i]!,
      to: Math.min(1, edges[i + 1]!),
      count: inBin.length,
      meanConfidence: inBin.length ? inBin.reduce((s, p) => s + p.confidence, 0) / inBin.length : NaN,
      accuracy: inBin.length ? inBin.filter((p) => p.correct).length / inBin.length : NaN,
    });
  }
  return rows;
}
