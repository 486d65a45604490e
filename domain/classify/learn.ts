import type { SparseVector } from './features.ts';
import type { LinearModel } from './linear.ts';
import { softmax } from './linear.ts';
import { seededRandom } from '../seeded-random.ts';

/**
 * The two learners compared by scripts/train.ts. Training code: not imported by the Lambda handler.
 */
export interface Example {
  x: SparseVector;
  y: number;
  weight?: number;
}

/** A reproducible example order. */
const rng = seededRandom;

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per example on the weights an example touches. */
  l2: number;
  seed: number;
}

/** Chosen on generated eval-style letters: l2 1e-5 -> 1e-4 -> 3e-4 moved area accuracy 91 -> 93 -> 92%, type 96 -> 97 -> 97%. */
export const defaultSoftmaxOptions: SoftmaxOptions = { epochs: 10, learningRate: 0.5, l2: 2e-4, seed: 7 };

/**
 * Multinomial logistic regression by SGD with AdaGrad step sizes (rare features, such as a word
 * only some letters use, still learn quickly) and L2 shrinkage on the touched weights.
 */
export function trainSoftmax(examples: Example[], classes: string[], bits: number, opts: SoftmaxOptions = defaultSoftmaxOptions): LinearModel {
  const C = classes.length;
  const size = 1 << bits;
  const weights = new Float32Array(size * C);
  const g2 = new Float32Array(size * C);
  const bias = new Float32Array(C);
  const g2b = new Float32Array(C).fill(1e-8);
  const random = rng(opts.seed);
  const order = examples.map((_, i) => i);
  const s = new Float64Array(C);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const { x, y } = examples[e]!;
      const w = examples[e]!.weight ?? 1;
      s.set(bias);
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k]! * C;
        const v = x.value[k]!;
        for (let c = 0; c < C; c++) s[c]! += v * weights[base + c]!;
      }
      const p = softmax(s);
      for (let c = 0; c < C; c++) {
        const g = w * (p[c]! - (c === y ? 1 : 0));
        g2b[c]! += g * g;
        bias[c]! -= (opts.learningRate * g) / Math.sqrt(g2b[c]!);
        for (let k = 0; k < x.index.length; k++) {
          const at = x.index[k]! * C + c;
          const gw = g * x.value[k]! + opts.l2 * weights[at]!;
          g2[at]! += gw * gw;
          weights[at]! -= (opts.learningRate * gw) / Math.sqrt(g2[at]! + 1e-8);
        }
      }
    }
  }
  return { classes, bits, weights, bias };
}

/**
 * Multinomial naive Bayes on the same (sublinear, length-normalized) features, Laplace-smoothed;
 * unseen buckets score alike for every class, so they are left at zero.
 */
export function trainNaiveBayes(examples: Example[], classes: string[], bits: number, alpha = 0.1): LinearModel {
  const C = classes.length;
  const size = 1 << bits;
  const counts = new Float64Array(size * C);
  const totals = new Float64Array(C);
  const prior = new Float64Array(C);
  const seen = new Uint8Array(size);
  for (const { x, y } of examples) {
    prior[y]! += 1;
    for (let k = 0; k < x.index.length; k++) {
      counts[x.index[k]! * C + y]! += x.value[k]!;
      totals[y]! += x.value[k]!;
      seen[x.index[k]!] = 1;
    }
  }
  let vocabulary = 0;
  for (let i = 0; i < size; i++) vocabulary += seen[i]!;
  const weights = new Float32Array(size * C);
  const bias = new Float32Array(C);
  for (let c = 0; c < C; c++) bias[c] = Math.log((prior[c]! + 1) / (examples.length + C));
  for (let i = 0; i < size; i++) {
    if (!seen[i]) continue;
    for (let c = 0; c < C; c++) weights[i * C + c] = Math.log((counts[i * C + c]! + alpha) / (totals[c]! + alpha * vocabulary));
  }
  // Centre each bucket's row: adding a constant per bucket changes no decision, and centred rows pack better.
  for (let i = 0; i < size; i++) {
    if (!seen[i]) continue;
    let mean = 0;
    for (let c = 0; c < C; c++) mean += weights[i * C + c]!;
    mean /= C;
    for (let c = 0; c < C; c++) weights[i * C + c]! -= mean;
  }
  return { classes, bits, weights, bias };
}
