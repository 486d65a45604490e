/**
 * A calibration that knows new writers (issue 13): a second stage on top of the per-decision maps that
 * training fits on cross-fitted template families. Those maps know how the model's confidence behaves on
 * template letters; on letters by writers it has never seen the model is right more often in the middle
 * than they say (calibration half, session 5: 15 of 16 new-case letters right at 0.5–0.9). This stage is
 * fitted on the unseen-writer calibration half, per Link decision, as a logistic map of the logit of the
 * confidence it is given, with a covariate: whether the answered area is backed by a hard piece of
 * evidence (a law, a first-instance unit, a reference format, a benefit's name: evidence.ts).
 *
 *   P(right) = σ(a + b·logit(confidence) + g·evidenceBacked)
 *
 * Three numbers per decision, fitted with a ridge pull towards the identity (a = 0, b = 1, g = 0, i.e.
 * "the template map was right"), so a few dozen letters move it only as far as they show. Never judged
 * on the letters it was fitted on: thresholds are chosen on out-of-fold answers (crossFitByBatch, whole
 * batches left out, since a day's letters share writers and cases), and the map shipped is fitted on the
 * whole half afterwards.
 */

export type LinkDecision = 'newCase' | 'mustLink';

export interface WriterMap {
  a: number;
  b: number;
  /** Weight of "the answered area is backed by evidence"; 0 when the map was fitted without it. */
  g: number;
}

export interface WriterCalibration {
  /** null: that decision keeps the template-family map (the stage did not help it out of fold). */
  newCase: WriterMap | null;
  mustLink: WriterMap | null;
  /** What it was fitted on, for the record (never letter ids or text). */
  fittedOn: string;
}

export interface WriterPoint {
  batch: string;
  decision: LinkDecision;
  /** The confidence the decision uses before this stage: `confidence` for a new case, `typeConfidence` for must-link. */
  confidence: number;
  evidenceBacked: boolean;
  correct: boolean;
}

export interface WriterFitOptions {
  /** Ridge strength of the pull towards the identity; larger trusts the template map more. */
  prior: number;
  /** Fit the evidence covariate (false: g stays 0). */
  evidence: boolean;
  /** The decisions the stage is fitted for; the others keep the template-family map. */
  decisions: LinkDecision[];
}

/** Fixed before it was measured, as a round number: about as strong as a handful of letters per parameter. */
export const WRITER_PRIOR = 2;
/**
 * As measured out of fold on the calibration half (README "Calibration that knows new writers"): the
 * new-case stage lowers the log loss (0.206 to 0.168); the must-link one raises it (0.099 to 0.105), so
 * must-link keeps the template map; the evidence covariate does not separate right from wrong beyond
 * the confidence (new-case AUC 0.975 without, 0.970 with), so it is off.
 */
export const DEFAULT_WRITER_FIT: WriterFitOptions = { prior: WRITER_PRIOR, evidence: false, decisions: ['newCase'] };

const EDGE = 1e-4;
const logit = (p: number) => {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function applyWriterMap(map: WriterMap | null, confidence: number, evidenceBacked: boolean): number {
  if (!map) return confidence;
  return sigmoid(map.a + map.b * logit(confidence) + (evidenceBacked ? map.g : 0));
}

/** Both confidences through the stage; P(type right) stays at or above P(type and area right). */
export function applyWriterCalibration(cal: WriterCalibration, c: { confidence: number; typeConfidence: number; evidenceBacked: boolean }): { confidence: number; typeConfidence: number } {
  const confidence = applyWriterMap(cal.newCase, c.confidence, c.evidenceBacked);
  return { confidence, typeConfidence: Math.max(confidence, applyWriterMap(cal.mustLink, c.typeConfidence, c.evidenceBacked)) };
}

/**
 * Ridge-penalised logistic regression by Newton's method (three parameters: it converges in a few
 * steps). With no points it returns the identity.
 */
export function fitWriterMap(points: { confidence: number; evidenceBacked: boolean; correct: boolean }[], options: WriterFitOptions = DEFAULT_WRITER_FIT): WriterMap {
  const dims = options.evidence ? 3 : 2;
  const prior = [0, 1, 0].slice(0, dims);
  const theta = [...prior];
  const rows = points.map((p) => ({ x: [1, logit(p.confidence), p.evidenceBacked ? 1 : 0].slice(0, dims), y: p.correct ? 1 : 0 }));
  // Penalised negative log-likelihood: what each Newton step must lower (halved until it does, since a
  // full step can overshoot where the points are nearly separable).
  const objective = (t: number[]) =>
    rows.reduce((s, { x, y }) => {
      const z = x.reduce((acc, xi, i) => acc + xi * t[i]!, 0);
      return s + Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - y * z;
    }, 0) + (options.prior / 2) * t.reduce((s, ti, i) => s + (ti - prior[i]!) ** 2, 0);
  for (let iter = 0; iter < 100; iter++) {
    const grad = theta.map((t, i) => options.prior * (t - prior[i]!));
    const hess = theta.map((_, i) => theta.map((__, j) => (i === j ? options.prior : 0)));
    for (const { x, y } of rows) {
      const p = sigmoid(x.reduce((s, xi, i) => s + xi * theta[i]!, 0));
      const w = p * (1 - p);
      for (let i = 0; i < dims; i++) {
        grad[i]! += (p - y) * x[i]!;
        for (let j = 0; j < dims; j++) hess[i]![j]! += w * x[i]! * x[j]!;
      }
    }
    const step = solve(hess, grad);
    const before = objective(theta);
    let scale = 1;
    let next = theta.map((t, i) => t - step[i]!);
    while (objective(next) > before && scale > 1e-6) {
      scale /= 2;
      next = theta.map((t, i) => t - scale * step[i]!);
    }
    const moved = Math.max(...next.map((t, i) => Math.abs(t - theta[i]!)));
    theta.splice(0, dims, ...next);
    if (moved < 1e-9) break;
  }
  return { a: theta[0]!, b: theta[1]!, g: options.evidence ? theta[2]! : 0 };
}

/** Both decisions' maps from the letters' points; each decision is fitted on its own letters only. */
export function fitWriterCalibration(points: WriterPoint[], fittedOn: string, options: WriterFitOptions = DEFAULT_WRITER_FIT): WriterCalibration {
  return {
    newCase: options.decisions.includes('newCase') ? fitWriterMap(points.filter((p) => p.decision === 'newCase'), options) : null,
    mustLink: options.decisions.includes('mustLink') ? fitWriterMap(points.filter((p) => p.decision === 'mustLink'), options) : null,
    fittedOn,
  };
}

/** Gaussian elimination with partial pivoting; the ridge keeps the matrix positive definite. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** Batches dealt to k folds in sorted order, round robin: deterministic, and a day's letters stay together. */
export function batchFolds(batches: string[], k: number): Map<string, number> {
  const distinct = [...new Set(batches)].sort();
  if (k < 2 || k > distinct.length) throw new Error(`cross-fitting needs 2 to ${distinct.length} folds, not ${k}`);
  return new Map(distinct.map((b, i) => [b, i % k]));
}

/**
 * Out-of-fold answers: for each fold, `fitOn` sees only the other folds' letters and `score` applies what
 * it fitted to the fold's own letters. Returns the scores in the letters' order.
 */
export function crossFitByBatch<L extends { batch: string }, M, R>(letters: L[], k: number, fitOn: (training: L[]) => M, score: (fitted: M, heldOut: L[]) => R[]): R[] {
  const fold = batchFolds(letters.map((l) => l.batch), k);
  const out = new Array<R>(letters.length);
  for (let f = 0; f < k; f++) {
    const fitted = fitOn(letters.filter((l) => fold.get(l.batch) !== f));
    const at = letters.map((l, i) => (fold.get(l.batch) === f ? i : -1)).filter((i) => i >= 0);
    const scored = score(fitted, at.map((i) => letters[i]!));
    at.forEach((i, j) => {
      out[i] = scored[j]!;
    });
  }
  return out;
}
