/**
 * Whether a newly trained model replaces the promoted one (issue 13: "promote a model only on both").
 *
 * A model is judged by what users meet: how many letters go straight through, and how many of those
 * are wrong, on BOTH evaluation sets — the held-out template families (corpus/data/eval-ocr.jsonl,
 * plus the held-out share of archivists' examples) and the unseen-writer calibration half (each
 * batch through the Link stage's decisions; the test half decides nothing). Both models are scored on
 * the same letters, so the comparison is paired, each at its own Link thresholds, chosen on the
 * calibration half (a threshold means something else under another model's calibration; not config
 * linkThresholds, which a promotion then sets to the candidate's): per set, the candidate must
 *   1. keep the share wrong among the routed within the budget (0.5%), or — when the promoted model
 *      is over it already on that set — not above the promoted model's share;
 *   2. not be worse on document type or on area beyond noise: an exact McNemar test on the letters
 *      one model gets right and the other wrong (a raw difference of 3 letters in 325 is noise): refused
 *      when the promoted model wins more of them and the two-sided p < 0.05, i.e. a one-sided test
 *      at 0.025;
 *   3. let strictly more letters straight through.
 * Every condition on every set; the reason names the first that fails. On the calibration half
 * condition 1 holds by construction when the candidate's thresholds met the budget there
 * (GateThresholds.metBudget): they were chosen as the pair that keeps it within the budget.
 */
export interface PromotionDecision {
  promote: boolean;
  reason: string;
}

/** At most this share of the letters that go straight through may be wrong (issue 13's target). */
export const ERROR_BUDGET = 0.005;
/** A loss in accuracy with a two-sided McNemar p-value under this is a real loss, not noise. */
export const SIGNIFICANCE = 0.05;

export interface RoutingCounts {
  /** Letters through without an archivist that should have gone through (the rate's numerator over shouldRoute). */
  straightThrough: number;
  /** Every letter routed, also those that by the set's truth should have gone to an archivist: the denominator of the share wrong. */
  routed: number;
  routedWrong: number;
}

/** Letters one model gets right and the other wrong (the discordant pairs of a paired comparison). */
export interface Discordant {
  candidateOnly: number;
  currentOnly: number;
}

/** One evaluation set, candidate and promoted model on the same letters. */
export interface PairedSetScore {
  name: string;
  n: number;
  /** Letters that should go straight through (the denominator of the straight-through rate). */
  shouldRoute: number;
  candidate: RoutingCounts;
  current: RoutingCounts;
  type: Discordant;
  area: Discordant;
}

/**
 * Exact two-sided McNemar p-value: under "equally accurate" each discordant letter is a fair coin,
 * so the count the candidate wins is Binomial(b + c, 1/2).
 */
export function mcnemarExactP(candidateOnly: number, currentOnly: number): number {
  const n = candidateOnly + currentOnly;
  if (n === 0) return 1;
  const k = Math.min(candidateOnly, currentOnly);
  // P(X <= k) for X ~ Bin(n, 1/2), summed in log space so n in the thousands stays finite.
  let logC = 0;
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logC - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

const pct = (k: number, n: number) => `${((k / Math.max(1, n)) * 100).toFixed(1)}%`;
const wrongShare = (c: RoutingCounts) => (c.routed ? c.routedWrong / c.routed : 0);

/** Why the candidate may not replace the promoted model on this set, or null when it may. */
function refusalOn(set: PairedSetScore, budget: number): string | null {
  const { candidate, current } = set;
  if (wrongShare(candidate) > Math.max(budget, wrongShare(current))) {
    return `${set.name}: ${candidate.routedWrong}/${candidate.routed} = ${pct(candidate.routedWrong, candidate.routed)} of the routed wrong (budget ${pct(budget, 1)}; promoted ${current.routedWrong}/${current.routed})`;
  }
  for (const head of ['type', 'area'] as const) {
    const d = set[head];
    const p = mcnemarExactP(d.candidateOnly, d.currentOnly);
    if (d.currentOnly > d.candidateOnly && p < SIGNIFICANCE) {
      return `${set.name}: ${head} worse beyond noise (right only by the promoted model ${d.currentOnly}, only by the candidate ${d.candidateOnly}; McNemar p = ${p.toFixed(3)})`;
    }
  }
  if (candidate.straightThrough <= current.straightThrough) {
    return `${set.name}: not more straight through (${candidate.straightThrough} vs ${current.straightThrough} of ${set.shouldRoute})`;
  }
  return null;
}

export function promoteOnBothSets(sets: PairedSetScore[], budget = ERROR_BUDGET): PromotionDecision {
  if (sets.length === 0) return { promote: false, reason: 'no evaluation set scored' };
  for (const set of sets) {
    const refusal = refusalOn(set, budget);
    if (refusal) return { promote: false, reason: refusal };
  }
  const summary = sets.map((s) => {
    const p = (d: Discordant) => mcnemarExactP(d.candidateOnly, d.currentOnly).toFixed(2);
    return `${s.name}: straight through ${s.candidate.straightThrough} vs ${s.current.straightThrough} of ${s.shouldRoute}, wrong ${s.candidate.routedWrong}/${s.candidate.routed} vs ${s.current.routedWrong}/${s.current.routed}, type +${s.type.candidateOnly}/-${s.type.currentOnly} (p ${p(s.type)}), area +${s.area.candidateOnly}/-${s.area.currentOnly} (p ${p(s.area)})`;
  });
  return { promote: true, reason: `better on every set: ${summary.join('; ')}` };
}

/** Paired counts for one set from per-letter results of both models. */
export function pairSet(
  name: string,
  letters: { shouldRoute: boolean; candidate: LetterResult; current: LetterResult }[],
): PairedSetScore {
  const routing = (pick: (l: (typeof letters)[number]) => LetterResult): RoutingCounts => {
    const routed = letters.filter((l) => pick(l).routed);
    return { straightThrough: routed.filter((l) => l.shouldRoute).length, routed: routed.length, routedWrong: routed.filter((l) => pick(l).routedWrong).length };
  };
  const discordant = (head: 'typeRight' | 'areaRight'): Discordant => ({
    candidateOnly: letters.filter((l) => l.candidate[head] && !l.current[head]).length,
    currentOnly: letters.filter((l) => !l.candidate[head] && l.current[head]).length,
  });
  return {
    name,
    n: letters.length,
    shouldRoute: letters.filter((l) => l.shouldRoute).length,
    candidate: routing((l) => l.candidate),
    current: routing((l) => l.current),
    type: discordant('typeRight'),
    area: discordant('areaRight'),
  };
}

/** One model's answer for one letter. */
export interface LetterResult {
  typeRight: boolean;
  areaRight: boolean;
  routed: boolean;
  /** Routed, and wrong (type, a new case's area, or the case it joined). */
  routedWrong: boolean;
}
