import { Rng } from './rng.ts';

/**
 * A learned OCR-noise model: character confusions measured by aligning the clean text of generated
 * letters with what the product's OCR read from their degraded scans. Training letters are passed
 * through it, so the classifier learns from text that looks like OCR output (at many severities)
 * without paying for OCR on thousands of pages; evaluation still uses real OCR of held-out scans.
 */
export interface NoiseModel {
  /** Per source character: how often it was read at all (denominator). */
  seen: Record<string, number>;
  /** source -> replacement -> count ('' = dropped). */
  confusions: Record<string, Record<string, number>>;
  /** Inserted characters (after any character) -> count. */
  insertions: Record<string, number>;
  /** Characters aligned in total. */
  total: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Edit-distance alignment of two strings; returns aligned pairs (null = gap). */
export function align(a: string, b: string): [string | null, string | null][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const cost = new Uint32Array((n + 1) * width);
  for (let i = 0; i <= n; i++) cost[i * width] = i;
  for (let j = 0; j <= m; j++) cost[j] = j;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = cost[(i - 1) * width + j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = cost[(i - 1) * width + j]! + 1;
      const ins = cost[i * width + j - 1]! + 1;
      cost[i * width + j] = Math.min(sub, del, ins);
    }
  }
  const pairs: [string | null, string | null][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      pairs.push([a[i - 1]!, b[j - 1]!]);
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * width + j]! + 1) {
      pairs.push([a[i - 1]!, null]);
      i--;
    } else {
      pairs.push([null, b[j - 1]!]);
      j--;
    }
  }
  return pairs.reverse();
}

export function learnNoise(pairs: { clean: string; ocr: string }[]): NoiseModel {
  const model: NoiseModel = { seen: {}, confusions: {}, insertions: {}, total: 0 };
  for (const { clean, ocr } of pairs) {
    // Page by page keeps the alignment table small.
    const cleanPages = clean.split('\f');
    const ocrPages = ocr.split('\f');
    if (cleanPages.length !== ocrPages.length) continue;
    cleanPages.forEach((page, p) => {
      for (const [src, dst] of align(squash(page), squash(ocrPages[p]!))) {
        if (src === null) {
          model.insertions[dst!] = (model.insertions[dst!] ?? 0) + 1;
          continue;
        }
        model.total++;
        model.seen[src] = (model.seen[src] ?? 0) + 1;
        if (dst !== src) {
          const row = model.confusions[src] ?? {};
          model.confusions[src] = row;
          row[dst ?? ''] = (row[dst ?? ''] ?? 0) + 1;
        }
      }
    });
  }
  return model;
}

export function characterErrorRate(model: NoiseModel): number {
  const errors = Object.values(model.confusions).reduce((s, row) => s + Object.values(row).reduce((a, b) => a + b, 0), 0) + Object.values(model.insertions).reduce((a, b) => a + b, 0);
  return errors / Math.max(1, model.total);
}

/**
 * Applies the measured confusions, scaled by `severity` (1 = as measured; a worse scan is 3-5).
 * Rare characters seen too seldom to estimate keep a small generic error rate.
 */
export function applyNoise(model: NoiseModel, text: string, severity: number, seed: number): string {
  const rng = new Rng(seed);
  const insertTotal = Object.values(model.insertions).reduce((a, b) => a + b, 0);
  const insertRate = (insertTotal / Math.max(1, model.total)) * severity;
  const insertChars = Object.entries(model.insertions);
  let out = '';
  for (const ch of text) {
    const seen = model.seen[ch] ?? 0;
    const row = model.confusions[ch];
    if (row && seen > 0) {
      const errors = Object.values(row).reduce((a, b) => a + b, 0);
      if (rng.float() < Math.min(0.5, (errors / seen) * severity)) {
        out += rng.weighted(Object.entries(row).map(([d, n]) => [d, n] as const));
      } else out += ch;
    } else out += ch;
    if (insertChars.length && rng.float() < insertRate) out += rng.weighted(insertChars.map(([d, n]) => [d, n] as const));
  }
  return out;
}
