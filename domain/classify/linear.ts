import type { SparseVector } from './features.ts';

/**
 * A linear scorer over hashed features: score[c] = bias[c] + sum_i x_i * w[i][c]. Both learners
 * (softmax regression and naive Bayes) produce one, so inference, explanation and the model file
 * are the same whichever was chosen. Weights are stored feature-major for sparse dot products.
 */
export interface LinearModel {
  classes: string[];
  bits: number;
  /** Dense during training: (1 << bits) * classes.length. */
  weights: Float32Array;
  bias: Float32Array;
}

export function scores(model: LinearModel, x: SparseVector): Float64Array {
  const C = model.classes.length;
  const out = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) {
    const base = x.index[k]! * C;
    const v = x.value[k]!;
    for (let c = 0; c < C; c++) out[c]! += v * model.weights[base + c]!;
  }
  return out;
}

export function softmax(s: ArrayLike<number>, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < s.length; i++) max = Math.max(max, s[i]!);
  const out = new Float64Array(s.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = Math.exp((s[i]! - max) / temperature);
    sum += out[i]!;
  }
  for (let i = 0; i < s.length; i++) out[i] = out[i]! / sum;
  return out;
}

export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i]! > s[best]!) best = i;
  return best;
}

// ---------------------------------------------------------------------------------------------
// The model file: only buckets with weight worth keeping, int8-quantized, base64.

export interface PackedLinear {
  classes: string[];
  bits: number;
  /** Dequantization: weight = int8 * scale. */
  scale: number;
  bias: number[];
  /** base64 of Uint32 bucket indices, ascending; '' when every bucket is kept (dense). */
  index: string;
  /** base64 of Int8, bucket-major, classes.length per bucket. */
  weights: string;
}

/**
 * Keeps the `maxFeatures` buckets whose largest class weight is biggest (the rest barely move a
 * score), and stores each weight in one byte. The loss is measured, not assumed: train.ts evaluates
 * the packed model, not the dense one.
 */
export function packLinear(model: LinearModel, maxFeatures: number): PackedLinear {
  const C = model.classes.length;
  const size = 1 << model.bits;
  const strength = new Float32Array(size);
  let maxAbs = 0;
  for (let i = 0; i < size; i++) {
    let m = 0;
    for (let c = 0; c < C; c++) m = Math.max(m, Math.abs(model.weights[i * C + c]!));
    strength[i] = m;
    maxAbs = Math.max(maxAbs, m);
  }
  const candidates: number[] = [];
  // Dense when nearly everything is kept: the index would cost more than the few empty rows.
  for (let i = 0; i < size; i++) if (strength[i]! > 0 || maxFeatures >= size) candidates.push(i);
  candidates.sort((a, b) => strength[b]! - strength[a]!);
  const kept = candidates.slice(0, maxFeatures).sort((a, b) => a - b);
  const scale = maxAbs / 127 || 1;
  const q = new Int8Array(kept.length * C);
  kept.forEach((bucket, k) => {
    for (let c = 0; c < C; c++) q[k * C + c] = Math.max(-127, Math.min(127, Math.round(model.weights[bucket * C + c]! / scale)));
  });
  return {
    classes: model.classes,
    bits: model.bits,
    scale,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e5) / 1e5),
    index: kept.length === size ? '' : Buffer.from(Uint32Array.from(kept).buffer).toString('base64'),
    weights: Buffer.from(q.buffer).toString('base64'),
  };
}

/** Back to a scorer. The table stays sparse: a Map from bucket to its row of class weights. */
export interface SparseLinear {
  classes: string[];
  bits: number;
  bias: Float64Array;
  rows: Map<number, Float32Array>;
}

export function unpackLinear(packed: PackedLinear): SparseLinear {
  const C = packed.classes.length;
  const idxBytes = Buffer.from(packed.index, 'base64');
  const index = packed.index === '' ? Uint32Array.from({ length: 1 << packed.bits }, (_, i) => i) : new Uint32Array(Uint8Array.from(idxBytes).buffer);
  const wBytes = Buffer.from(packed.weights, 'base64');
  const q = new Int8Array(wBytes.buffer, wBytes.byteOffset, wBytes.byteLength);
  const rows = new Map<number, Float32Array>();
  for (let k = 0; k < index.length; k++) {
    const row = new Float32Array(C);
    for (let c = 0; c < C; c++) row[c] = q[k * C + c]! * packed.scale;
    rows.set(index[k]!, row);
  }
  return { classes: packed.classes, bits: packed.bits, bias: Float64Array.from(packed.bias), rows };
}

export function sparseScores(model: SparseLinear, x: SparseVector): Float64Array {
  const out = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) {
    const row = model.rows.get(x.index[k]!);
    if (!row) continue;
    const v = x.value[k]!;
    for (let c = 0; c < row.length; c++) out[c]! += v * row[c]!;
  }
  return out;
}
