/**
 * Why letters of the unseen-writer set that should go straight through do not (issue 13): each batch
 * through the Link stage's decisions (domain/classify/batch-simulation.ts), then every letter held
 * back is put under the decision that held it and what lay behind it — type or area wrong, right but
 * under the threshold, no case found (and why), the decision date not read, waiting beside another.
 * Prints ids, labels, confidences and reasons only: never a letter's text.
 *
 *   npx tsx scripts/unseen-review-reasons.ts [--half calibration] [--model candidate.json] [--list]
 *
 * Only the calibration half by default; the test half is scored by `npm run eval`, not examined here.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/load.ts';
import { loadModel, promotedModel } from '../domain/classify/index.ts';
import { mustLink } from '../domain/config.ts';
import { wilson } from '../domain/classify/intervals.ts';
import type { LetterOutcome } from '../domain/classify/batch-simulation.ts';
import { predictAll, simulate, thresholdsOf, type PredictedLetter } from '../eval-sets/unseen-writers/evaluate.ts';
import { half, loadSplit, loadUnseenWriters, type Half } from '../eval-sets/unseen-writers/records.ts';
import { predictOutOfFold } from '../eval-sets/unseen-writers/writer-fit.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('unseen-review-reasons', { options: { half: { type: 'string', default: 'calibration' }, model: { type: 'string' }, list: { type: 'boolean', default: false } } });
if (values.half !== 'calibration' && values.half !== 'test') {
  process.stderr.write('--half is calibration or test\n');
  process.exit(2);
}
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const model = values.model ? loadModel(JSON.parse(readFileSync(values.model, 'utf8'))) : promotedModel();
const records = half(loadUnseenWriters(), values.half as Half, loadSplit());
// The calibration half out of fold (its writer stage was fitted on it); the test half as the product answers.
const predicted = values.half === 'calibration' && model.file.writerCalibration ? predictOutOfFold(records, config, model) : predictAll(records, config, model);
const outcomes = simulate(predicted, config);
const byId = new Map(predicted.map((p) => [p.record.id, p]));
const outcomeOf = new Map(outcomes.map((o) => [o.id, o]));
const thresholds = thresholdsOf(config);

/** The letter at the root of a letter's links: the one that opens its case. */
function rootOf(id: string): string {
  let at = byId.get(id)!;
  while (at.record.linksTo && byId.has(at.record.linksTo)) at = byId.get(at.record.linksTo)!;
  return at.record.id;
}

/**
 * The confidence the gate read and of what: a follow-up that found its case was judged on its type alone,
 * so its joint `conf` (pulled down by an area read that does not matter) is not why it was held (link19).
 * Only for a letter the gate held: one with no case, or waiting, was held before any gate.
 */
const gateOf = (o: LetterOutcome) => o.heldBecause !== 'below-threshold' ? '' : `gate ${o.gatedConfidence.toFixed(2)} ${o.decision === 'mustLink' && o.matchedBy ? 'on type' : 'on joint'}${o.matchedBy ? ` (case by ${o.matchedBy === 'case_reference' ? 'reference' : 'national id'})` : ''}; `;

const band = (c: number) => (c < 0.5 ? '< 0.50' : c < 0.7 ? '0.50–0.70' : c < 0.8 ? '0.70–0.80' : c < 0.9 ? '0.80–0.90' : '≥ 0.90');

/** The detail behind a hold, from the truth: what a general improvement would have to fix. */
function detail(o: LetterOutcome, p: PredictedLetter): string {
  const r = p.record;
  const typeRight = p.documentType === r.documentType;
  const areaRight = p.area === r.area;
  switch (o.heldBecause) {
    case 'below-threshold':
      if (o.decision === 'mustLink') return typeRight ? `type right, confidence ${band(p.typeConfidence)}` : 'type wrong';
      if (!typeRight && !areaRight) return 'type and area wrong';
      if (!typeRight) return 'type wrong';
      if (!areaRight) return 'area wrong';
      return `type and area right, confidence ${band(p.confidence)}`;
    case 'no-case': {
      if (!mustLink(config, r.documentType)) return 'type wrong: read as a follow-up, but it opens a case';
      const root = outcomeOf.get(rootOf(r.id));
      if (root && root.outcome !== 'routed') return `its case was not opened: the opener went to ${root.outcome} (${root.heldBecause})`;
      const ids = r.truth.nationalIds.filter((n) => !p.fields.nationalIds.includes(n));
      const refs = r.truth.caseReferences.filter((c) => !p.fields.caseReferences.includes(c));
      const opener = byId.get(rootOf(r.id))!;
      const sharesTruth = r.truth.nationalIds.some((n) => opener.record.truth.nationalIds.includes(n)) || r.truth.caseReferences.some((c) => opener.record.truth.caseReferences.includes(c));
      if (!sharesTruth) return 'the letter shares no id or reference with its case';
      if (ids.length || refs.length) return `not matched: ${ids.length ? 'a national id' : ''}${ids.length && refs.length ? ' and ' : ''}${refs.length ? 'a reference' : ''} not read`;
      return 'not matched: the case holds neither its id nor its reference, or more than one case does';
    }
    case 'classifier':
      return `held by the classifier (${p.hold}), read as ${typeRight ? 'the right type' : 'another type'}`;
    case 'missing-date':
      return r.truth.decisionDate || r.truth.decisionReceivedDate ? 'the decision date is in the letter but was not read' : 'no decision date in the letter';
    case 'waiting': {
      const awaited = outcomeOf.get(o.waitsFor!)!;
      const awaitedRoute = awaited.shouldRoute ? 'should itself go through' : 'rightly in review';
      return `waits for a ${awaited.decision === 'newCase' ? 'case opener' : 'follow-up'} held by ${awaited.heldBecause} (${awaitedRoute})`;
    }
    default:
      return 'routed';
  }
}

const shouldRoute = outcomes.filter((o) => o.shouldRoute);
const through = shouldRoute.filter((o) => o.outcome === 'routed');
const routed = outcomes.filter((o) => o.outcome === 'routed');
const share = (k: number, n: number) => {
  const ci = wilson(k, n);
  return `${k}/${n} = ${((k / n) * 100).toFixed(1)}% [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}]`;
};
out(`Unseen writers, ${values.half} half: ${records.length} letters; thresholds new case ${thresholds.newCase}, must-link ${thresholds.mustLink}`);
out(`  straight through ${share(through.length, shouldRoute.length)} of those that should be routed; wrong among routed ${share(routed.filter((o) => o.wrong).length, routed.length)}`);
out();
out('Held back, of those that should be routed (decision / reason / detail: letters)');
const held = shouldRoute.filter((o) => o.outcome !== 'routed');
const groups = new Map<string, LetterOutcome[]>();
for (const o of held) {
  const key = `${o.decision.padEnd(8)} ${o.heldBecause!.padEnd(16)} ${detail(o, byId.get(o.id)!)}`;
  groups.set(key, [...(groups.get(key) ?? []), o]);
}
for (const [key, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
  out(`  ${String(list.length).padStart(3)}  ${key}`);
  if (values.list) for (const o of list) {
    const p = byId.get(o.id)!;
    out(`         ${o.id.padEnd(10)} truth ${`${p.record.documentType}/${p.record.area}`.padEnd(48)} read ${`${p.documentType}/${p.area}`.padEnd(48)} ${gateOf(o)}conf ${p.confidence.toFixed(2)} type ${p.typeConfidence.toFixed(2)} ${p.record.language} ${p.record.style}`);
  }
}
out(`  ${String(held.length).padStart(3)}  in all`);

const wrong = routed.filter((o) => o.wrong);
if (wrong.length) {
  out();
  out('Routed wrong');
  for (const o of wrong) {
    const p = byId.get(o.id)!;
    out(`  ${o.id.padEnd(10)} ${o.decision} truth ${p.record.documentType}/${p.record.area} read ${p.documentType}/${p.area} conf ${p.confidence.toFixed(2)} type ${p.typeConfidence.toFixed(2)}`);
  }
}

// Where type and area go wrong, whatever the outcome: labels only.
const confusions = (pick: (p: PredictedLetter) => [string, string]) => {
  const c = new Map<string, number>();
  for (const p of predicted) {
    const [truth, read] = pick(p);
    if (truth !== read) c.set(`${truth} -> ${read}`, (c.get(`${truth} -> ${read}`) ?? 0) + 1);
  }
  return [...c.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} (${n})`).join('; ') || 'none';
};
out();
out(`type confusions: ${confusions((p) => [p.record.documentType, p.documentType])}`);
out(`area confusions: ${confusions((p) => [p.record.area, p.area])}`);
const missedIds = predicted.flatMap((p) => p.record.truth.nationalIds.filter((n) => !p.fields.nationalIds.includes(n)).map(() => `${p.record.id} (${p.record.format}, ${p.record.quality})`));
out(`national ids not read: ${missedIds.length ? missedIds.join(', ') : 'none'}`);
