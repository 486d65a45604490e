import { distance } from 'fastest-levenshtein';

export const normaliseForCer = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Character error rate: edit distance over reference length, on whitespace-normalised text. */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = normaliseForCer(reference);
  return distance(ref, normaliseForCer(hypothesis)) / Math.max(1, ref.length);
}
