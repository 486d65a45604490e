import type { HeldOutScore } from './evaluate.ts';

/**
 * Whether a newly trained model replaces the promoted one. Both are scored on the same held-out set
 * (held-out scans of eval-only template families, plus the held-out share of archivists' corrections).
 * Better means: more documents right (type and area), or as many right and more of them straight
 * through - and never more errors among the straight-through documents than the current model
 * or than the error budget allows.
 */
export interface PromotionDecision {
  promote: boolean;
  reason: string;
}

export const ERROR_BUDGET = 0.01;
/** Differences smaller than this are noise on a held-out set of a few hundred documents. */
const TIE = 0.002;

/**
 * `sameWeights`: the candidate's type and area weights are those of the current model, so it answers
 * every document the same and differs only in calibration (e.g. one the current model lacks). Such a
 * model cannot be more accurate; it replaces the current one when it is not worse.
 */
export function shouldPromote(candidate: HeldOutScore, current: HeldOutScore | null, errorBudget = ERROR_BUDGET, sameWeights = false): PromotionDecision {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  // Without any model the stage cannot run at all; the first one is promoted and its figures recorded.
  if (!current) {
    const over = candidate.straightThroughError > errorBudget ? `; ${pct(candidate.straightThroughError)} of its straight-through documents are wrong, over the ${pct(errorBudget)} budget` : '';
    return { promote: true, reason: `no model promoted yet${over}` };
  }
  if (candidate.straightThroughError > Math.max(errorBudget, current?.straightThroughError ?? 0)) {
    return { promote: false, reason: `${pct(candidate.straightThroughError)} of its straight-through documents are wrong (budget ${pct(errorBudget)})` };
  }
  if (candidate.jointAccuracy > current.jointAccuracy + TIE) {
    return { promote: true, reason: `more documents right: ${pct(candidate.jointAccuracy)} vs ${pct(current.jointAccuracy)}` };
  }
  if (candidate.jointAccuracy >= current.jointAccuracy - TIE && candidate.straightThrough > current.straightThrough + TIE) {
    return { promote: true, reason: `as accurate, more straight through: ${pct(candidate.straightThrough)} vs ${pct(current.straightThrough)}` };
  }
  if (sameWeights && candidate.jointAccuracy >= current.jointAccuracy && candidate.straightThrough >= current.straightThrough - TIE) {
    return { promote: true, reason: `same weights, not worse (right ${pct(candidate.jointAccuracy)}, straight through ${pct(candidate.straightThrough)} vs ${pct(current.straightThrough)}): only the calibration changes` };
  }
  return {
    promote: false,
    reason: `not better than the current model (right ${pct(candidate.jointAccuracy)} vs ${pct(current.jointAccuracy)}, straight through ${pct(candidate.straightThrough)} vs ${pct(current.straightThrough)})`,
  };
}
