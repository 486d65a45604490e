/**
 * The second half of the promotion rule (issue 13): a candidate is promoted only when it is no
 * worse on the unseen-writer calibration half either — as many letters right, as many straight
 * through, and no larger share wrong among the routed than the current model or the error budget.
 */
export interface UnseenGateScore {
  n: number;
  bothRight: number;
  straightThrough: number;
  shouldRoute: number;
  routed: number;
  routedWrong: number;
}

export const UNSEEN_ERROR_BUDGET = 0.005;

export function noWorseOnUnseen(candidate: UnseenGateScore, current: UnseenGateScore): { ok: boolean; reason: string } {
  const pct = (k: number, n: number) => `${((k / Math.max(1, n)) * 100).toFixed(1)}%`;
  const wrongShare = (s: UnseenGateScore) => (s.routed ? s.routedWrong / s.routed : 0);
  if (wrongShare(candidate) > Math.max(UNSEEN_ERROR_BUDGET, wrongShare(current))) {
    return { ok: false, reason: `unseen writers: ${pct(candidate.routedWrong, candidate.routed)} of the routed wrong (current ${pct(current.routedWrong, current.routed)})` };
  }
  if (candidate.bothRight < current.bothRight) return { ok: false, reason: `unseen writers: fewer letters right (${candidate.bothRight} vs ${current.bothRight} of ${current.n})` };
  if (candidate.straightThrough < current.straightThrough) return { ok: false, reason: `unseen writers: fewer straight through (${candidate.straightThrough} vs ${current.straightThrough} of ${current.shouldRoute})` };
  return { ok: true, reason: `unseen writers no worse: right ${candidate.bothRight} vs ${current.bothRight}, straight through ${candidate.straightThrough} vs ${current.straightThrough}, wrong among routed ${pct(candidate.routedWrong, candidate.routed)}` };
}
