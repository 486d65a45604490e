/** Character error rate: edit distance over reference length, on whitespace-normalised text. */
export function levenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}

export const normaliseForCer = (s: string) => s.replace(/\s+/g, ' ').trim();

export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = normaliseForCer(reference);
  return levenshtein(ref, normaliseForCer(hypothesis)) / Math.max(1, ref.length);
}
