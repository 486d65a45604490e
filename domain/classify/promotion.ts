/**
 * Whether a newly trained model replaces the promoted one (issue 13: "promote a model only on both").
 * Since session 14 a recipe is promoted on several draws (promoteRecipe, below); what follows is how
 * one draw compares with the promoted model, which `npm run train` prints for each draw.
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

/**
 * Why the candidate may not replace the promoted model on this set, or null when it may. With
 * `notWorse` condition 3 is "not fewer straight through" (the draw a better recipe ships, below).
 */
function refusalOn(set: PairedSetScore, budget: number, notWorse = false): string | null {
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
  if (notWorse ? candidate.straightThrough < current.straightThrough : candidate.straightThrough <= current.straightThrough) {
    if (notWorse) return `${set.name}: fewer straight through than the current model (${candidate.straightThrough} vs ${current.straightThrough} of ${set.shouldRoute})`;
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

// ---------------------------------------------------------------------------------------------
// A recipe on several draws (issue 13; session 14)
//
// One trained model is one draw of its recipe (the training options, scripts/training-recipe.ts):
// the seed alone moved the promoted recipe by 11 held-out and 8 calibration-half letters (session
// 13), so a candidate compared with one draw is refused, or promoted, for seed noise. A recipe is
// therefore judged by RECIPE_DRAWS draws on paired seeds against the promoted recipe's draws on
// the same seeds, on both evaluation sets, each draw at its own thresholds (chosen on the
// calibration half, as for one draw). The candidate recipe is promoted when, on the seeds both have,
//   1. on every set its mean straight-through is not lower than the promoted recipe's,
//   2. on every set no draw of it routes more letters wrong than the promoted recipe's worst draw there,
//   3. on at least one set its mean straight-through is higher (a recipe equal on both gains nothing).
// The draw shipped is the candidate's best on the two development sets: fewest letters routed wrong
// over both, then the highest straight-through share summed over both (each set counts alike,
// whatever its size), then the lowest seed (so a rerun ships the same draw). That draw must then
// pass the one-draw rule against the current model (promoted[0], models/current.json) on every set,
// as promoteOnBothSets does, except that condition 3 is "not fewer straight through" (issue 13
// item 5 as the lead decided it, session 15: a better recipe may ship a draw equal to a lucky
// current one, never one worse on either set): its thresholds met the budget on the calibration
// half, its share wrong among the routed is within the budget (or not above the current model's),
// no type or area loss beyond noise (McNemar on the letters paired with the current model).
// Draws are only comparable when paired: every version once, every draw scored on the same letters
// (the same n and shouldRoute per set).

/** Draws a recipe is judged by, by default. */
export const RECIPE_DRAWS = 3;

/** One draw (one seed) of a recipe: its counts on each evaluation set at its own thresholds. */
export interface DrawScore {
  version: string;
  seed: number;
  /** Whether its Link thresholds kept the calibration half within the budget (GateThresholds.metBudget). */
  metBudget: boolean;
  /** type/area: the letters this draw and the current model (models/current.json) disagree on. */
  sets: { name: string; n: number; shouldRoute: number; counts: RoutingCounts; type: Discordant; area: Discordant }[];
}

export interface RecipeDecision extends PromotionDecision {
  /** The candidate draw that ships when promoted (its best on both sets); null when refused. */
  shipped: string | null;
  /** The seeds both recipes were compared on. */
  seeds: number[];
  /** Per set: mean straight-through share and worst routed-wrong count of each recipe on those seeds. */
  means: { name: string; candidate: number; promoted: number; candidateWorstWrong: number; promotedWorstWrong: number }[];
}

const throughShare = (d: DrawScore, name: string) => {
  const s = d.sets.find((x) => x.name === name)!;
  return s.counts.straightThrough / Math.max(1, s.shouldRoute);
};
const wrongOn = (d: DrawScore, name: string) => d.sets.find((x) => x.name === name)!.counts.routedWrong;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// Means compared as counts summed over the paired draws (the same letters each time): equal is equal, not a float.
const totalThrough = (draws: DrawScore[], name: string) => draws.reduce((a, d) => a + d.sets.find((s) => s.name === name)!.counts.straightThrough, 0);

/** The best draw on the development sets: fewest routed wrong, then most through, then lowest seed. */
export function bestDraw(draws: DrawScore[]): DrawScore {
  const names = draws[0]!.sets.map((s) => s.name);
  const key = (d: DrawScore) => ({ wrong: names.reduce((a, n) => a + wrongOn(d, n), 0), through: names.reduce((a, n) => a + throughShare(d, n), 0) });
  return [...draws].sort((a, b) => key(a).wrong - key(b).wrong || key(b).through - key(a).through || a.seed - b.seed)[0]!;
}

export function promoteRecipe(candidate: DrawScore[], promoted: DrawScore[], draws = RECIPE_DRAWS): RecipeDecision {
  const promotedSeeds = new Set(promoted.map((d) => d.seed));
  const seeds = [...new Set(candidate.map((d) => d.seed))].filter((s) => promotedSeeds.has(s)).sort((a, b) => a - b);
  const refuse = (reason: string, means: RecipeDecision['means'] = []): RecipeDecision => ({ promote: false, reason, shipped: null, seeds, means });
  if (seeds.length < draws) {
    return refuse(`a recipe is judged by ${draws} draws on paired seeds: the candidate has seeds ${[...new Set(candidate.map((d) => d.seed))].join(', ') || 'none'}, the promoted recipe ${[...promotedSeeds].join(', ') || 'none'} (${seeds.length} in common)`);
  }
  // One draw per seed and recipe: the first given.
  const onSeeds = (list: DrawScore[]) => seeds.map((s) => list.find((d) => d.seed === s)!);
  const c = onSeeds(candidate);
  const p = onSeeds(promoted);
  const names = c[0]!.sets.map((s) => s.name);
  const missing = [...c, ...p].find((d) => names.some((n) => !d.sets.some((s) => s.name === n)));
  if (missing) return refuse(`draw ${missing.version} was not scored on every set (${names.join(', ')})`);
  const unpaired = unpairedReason([...candidate, ...promoted], names);
  if (unpaired) return refuse(unpaired);
  const means = names.map((name) => ({
    name,
    candidate: mean(c.map((d) => throughShare(d, name))),
    promoted: mean(p.map((d) => throughShare(d, name))),
    candidateWorstWrong: Math.max(...c.map((d) => wrongOn(d, name))),
    promotedWorstWrong: Math.max(...p.map((d) => wrongOn(d, name))),
  }));
  const summary = means.map((m) => `${m.name}: mean straight through ${pct(m.candidate, 1)} vs ${pct(m.promoted, 1)}, worst draw ${m.candidateWorstWrong} vs ${m.promotedWorstWrong} routed wrong`).join('; ');
  for (const m of means) {
    if (totalThrough(c, m.name) < totalThrough(p, m.name)) return refuse(`${m.name}: mean straight through lower on seeds ${seeds.join(', ')} (${summary})`, means);
    if (m.candidateWorstWrong > m.promotedWorstWrong) {
      const worst = c.find((d) => wrongOn(d, m.name) === m.candidateWorstWrong)!;
      return refuse(`${m.name}: draw ${worst.version} (seed ${worst.seed}) routes ${m.candidateWorstWrong} wrong, more than the promoted recipe's worst draw (${m.promotedWorstWrong}) (${summary})`, means);
    }
  }
  if (!names.some((name) => totalThrough(c, name) > totalThrough(p, name))) return refuse(`not higher on any set, only equal (${summary})`, means);
  const best = bestDraw(c);
  const current = promoted[0]!;
  if (!best.metBudget) return refuse(`the best draw ${best.version} (seed ${best.seed}): its thresholds did not keep the calibration half within the budget (${summary})`, means);
  for (const name of names) {
    const b = best.sets.find((s) => s.name === name)!;
    const refusal = refusalOn({ name, n: b.n, shouldRoute: b.shouldRoute, candidate: b.counts, current: current.sets.find((s) => s.name === name)!.counts, type: b.type, area: b.area }, ERROR_BUDGET, true);
    if (refusal) return refuse(`the best draw ${best.version} (seed ${best.seed}) against the current model ${current.version}: ${refusal} (${summary})`, means);
  }
  return { promote: true, reason: `better recipe on ${seeds.length} paired draws: ${summary}; ships ${best.version} (seed ${best.seed})`, shipped: best.version, seeds, means };
}

/** Why these draws cannot be compared as paired draws, or null: a version twice, or a set scored on other letters. */
function unpairedReason(draws: DrawScore[], names: string[]): string | null {
  const twice = draws.find((d, i) => draws.findIndex((e) => e.version === d.version) !== i);
  if (twice) return `draw ${twice.version} is given more than once: each draw is one trained model, on its own seed`;
  for (const name of names) {
    const sizes = new Set(draws.map((d) => d.sets.find((s) => s.name === name)!).map((s) => `${s.n} letters, ${s.shouldRoute} to route`));
    if (sizes.size > 1) return `${name}: the draws were scored on different letters (${[...sizes].join(' vs ')}): score every draw on the same set`;
  }
  return null;
}
