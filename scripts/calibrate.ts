/**
 * The straight-through thresholds per Link decision, chosen on the unseen-writer calibration half only
 * (issue 13, item 4):
 *  1. the promoted model's confidences are calibrated per decision the Link stage makes — new case
 *     (P(type and area right)) and must-link (P(type right)) — on cross-fitted predictions for
 *     training families left out of training (scripts/train.ts, `linkCalibration`); here they are
 *     checked, out of sample, on the calibration half and the held-out families: reliability table
 *     and expected calibration error per decision;
 *  2. a second stage that knows new writers (domain/classify/writer-calibration.ts) is cross-fitted
 *     on the calibration half, 8 folds by batch: each batch is answered by a stage fitted on the
 *     other folds' letters only;
 *  3. the thresholds are chosen on those out-of-fold answers, each batch through the Link stage's
 *     decisions, as the pair that lets the most through with at most 0.5% of the routed wrong, both
 *     as counted and as the calibrated confidences of the routed letters promise;
 *  4. the stage shipped is fitted on the whole half, and the held-out families are scored with it;
 *  5. the test half is not read here: `npm run eval` checks the thresholds on it at the end.
 * Writes the thresholds into config/postmottak.json (linkThresholds) and the stage into the model file
 * (writerCalibration) unless --dry-run; exit 1 and nothing written when no pair meets the budget.
 * --no-writer-stage: the template-family maps alone (the model file loses its writer stage);
 * --evidence: with the evidence covariate; --must-link: a stage for must-link too (both measured and
 * left off: domain/classify/writer-calibration.ts DEFAULT_WRITER_FIT).
 *
 *   npx tsx scripts/calibrate.ts [--dry-run] [--budget 0.005] [--model candidate.json] [--no-writer-stage] [--evidence] [--must-link]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mustLink } from '../domain/config.ts';
import { loadConfig } from '../config/load.ts';
import { reliabilityTable } from '../domain/classify/calibration.ts';
import { gatedLetterResults } from '../domain/classify/evaluate.ts';
import { classifyDocument, loadModel, type ModelFile } from '../domain/classify/index.ts';
import { expectedCalibrationError, wilson } from '../domain/classify/intervals.ts';
import { decisionPoints, predictAll, scoreUnseen } from '../eval-sets/unseen-writers/evaluate.ts';
import { chooseThresholds } from '../eval-sets/unseen-writers/thresholds.ts';
import { half, loadSplit, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { loadRecords } from '../corpus/records.ts';
import { asTrained } from './promoted-as-trained.ts';
import { DEFAULT_WRITER_FIT } from '../domain/classify/writer-calibration.ts';
import { fitOnHalf, predictOutOfFold, WRITER_FOLDS } from '../eval-sets/unseen-writers/writer-fit.ts';
import { writeLinkThresholds } from './promotion-record.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('calibrate', {
  options: { 'dry-run': { type: 'boolean', default: false }, budget: { type: 'string', default: '0.005' }, model: { type: 'string' }, 'no-writer-stage': { type: 'boolean', default: false }, evidence: { type: 'boolean', default: false }, 'must-link': { type: 'boolean', default: false } },
});
const writerStage = !values['no-writer-stage'];
const fitOptions = { ...DEFAULT_WRITER_FIT, evidence: values.evidence || DEFAULT_WRITER_FIT.evidence, decisions: values['must-link'] ? (['newCase', 'mustLink'] as const).slice() : DEFAULT_WRITER_FIT.decisions };
const budget = Number(values.budget);
const modelFile = values.model ?? fileURLToPath(new URL('../models/current.json', import.meta.url));
const configFile = fileURLToPath(new URL('../config/postmottak.json', import.meta.url));
const out = (s = '') => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const config = loadConfig();
const file = JSON.parse(readFileSync(modelFile, 'utf8')) as ModelFile;
const model = loadModel(asTrained(file));
if (!model.file.linkCalibration) out(`model ${file.version} has no per-decision calibration from training: its two confidences are used as they are`);
else out(`model ${file.version}: per-decision calibration fitted on ${model.file.linkCalibration.fittedOn}`);
const split = loadSplit();
const calibrationHalf = half(loadUnseenWriters(), 'calibration', split);

function table(title: string, points: { confidence: number; correct: boolean }[]) {
  out(`  ${title}: n=${points.length}, ECE ${expectedCalibrationError(points).toFixed(3)}`);
  for (const row of reliabilityTable(points)) if (row.count) out(`    ${row.from.toFixed(2)}–${row.to.toFixed(2)}  ${String(row.count).padStart(4)}  mean conf ${row.meanConfidence.toFixed(3)}  right ${row.accuracy.toFixed(3)}`);
}

// 1. Reliability per decision, out of sample: the calibration half under the template-family maps
// alone, then out of fold under the writer stage; the held-out families under the stage fitted on the whole half.
const templateOnly = predictAll(calibrationHalf, config, model);
const templatePoints = decisionPoints(templateOnly, config);
out('Reliability per Link decision, unseen-writer calibration half, template-family maps alone (out of sample):');
table('new case, P(type and area right)', templatePoints.newCase);
table('must-link, P(type right)', templatePoints.mustLink);
const predictedCalibration = writerStage ? predictOutOfFold(calibrationHalf, config, model, fitOptions) : templateOnly;
const writerCalibration = writerStage ? fitOnHalf(calibrationHalf, config, model, fitOptions) : undefined;
if (writerStage) {
  const points = decisionPoints(predictedCalibration, config);
  out(`with the writer stage, out of fold (${WRITER_FOLDS} folds by batch; prior ${fitOptions.prior}, evidence covariate ${fitOptions.evidence}, for ${fitOptions.decisions.join(' and ')}):`);
  table('new case, P(type and area right)', points.newCase);
  table('must-link, P(type right)', points.mustLink);
  const m = (x: { a: number; b: number; g: number } | null) => x === null ? 'the template map' : `σ(${x.a.toFixed(3)} + ${x.b.toFixed(3)}·logit(c) + ${x.g.toFixed(3)}·evidence)`;
  out(`  stage fitted on the whole half: new case ${m(writerCalibration!.newCase)}; must-link ${m(writerCalibration!.mustLink)}`);
}
const shipped = writerCalibration ? { ...model, file: { ...model.file, writerCalibration } } : model;
const heldOut = loadRecords('eval-ocr');
const heldPoints = { newCase: [] as { confidence: number; correct: boolean }[], mustLink: [] as { confidence: number; correct: boolean }[] };
for (const r of heldOut) {
  const c = classifyDocument(r.text, config, shipped);
  if (mustLink(config, c.documentType)) heldPoints.mustLink.push({ confidence: c.typeConfidence, correct: c.documentType === r.documentType });
  else heldPoints.newCase.push({ confidence: c.confidence, correct: c.documentType === r.documentType && c.area === r.area });
}
out(`held-out families${writerStage ? ' (writer stage fitted on the whole calibration half)' : ''}:`);
table('new case, P(type and area right)', heldPoints.newCase);
table('must-link, P(type right)', heldPoints.mustLink);

// 2. Thresholds on the calibration half: most straight through with at most `budget` wrong among
// routed, counted and promised (eval-sets/unseen-writers/thresholds.ts).
const choice = chooseThresholds(predictedCalibration, config, budget);
const thresholds = choice.thresholds;
out();
if (!choice.metBudget) {
  out(`no pair of thresholds keeps the calibration half at or under ${pct(budget)} wrong among routed as counted`);
  out(`  most through on the calibrated promise alone: new case ${thresholds.newCase}, must-link ${thresholds.mustLink}: ${choice.simulation.straightThrough} straight through, ${choice.simulation.routedWrong}/${choice.simulation.routed} of the routed wrong`);
  process.exit(1);
}
out(`chosen on the calibration half: new case ${thresholds.newCase}, must-link ${thresholds.mustLink} (wrong among routed promised by the calibrated confidences ${pct(choice.promisedWrong)})`);
{
  const sim = scoreUnseen(predictedCalibration, config, thresholds).simulation;
  const ci = (k: number, n: number) => `${k}/${n} = ${pct(k / Math.max(1, n))} [${pct(wilson(k, n).low)}, ${pct(wilson(k, n).high)}]`;
  out(`  calibration half: straight through ${ci(sim.straightThrough, sim.shouldRoute)}, wrong among routed ${ci(sim.routedWrong, sim.routed)}, review items ${sim.reviewItems}, waiting ${sim.waiting}`);
}
const heldThrough = gatedLetterResults(heldOut, heldOut.map((r) => classifyDocument(r.text, config, shipped)), thresholds, config);
const heldRouted = heldThrough.filter((h) => h.routed).length;
out(`  held-out families at these thresholds: ${heldRouted}/${heldOut.length} = ${pct(heldRouted / heldOut.length)} through, ${heldThrough.filter((h) => h.routedWrong).length} of those wrong`);
out('  (the test half is checked by `npm run eval`, not here)');

if (!values['dry-run']) {
  writeLinkThresholds(configFile, thresholds);
  out('wrote config/postmottak.json linkThresholds');
  // The stage travels with the model it was fitted on: thresholds and stage are judged together.
  const { writerCalibration: _old, ...trained } = file;
  writeFileSync(modelFile, `${JSON.stringify(writerCalibration ? { ...trained, writerCalibration } : trained)}\n`);
  out(`wrote ${writerCalibration ? 'the writer stage into' : 'no writer stage into'} ${modelFile}`);
}
