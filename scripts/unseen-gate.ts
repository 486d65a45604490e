/**
 * The unseen-writer half of the promotion rule of `npm run train`, run as a process of its own so
 * the training process never holds evaluation data: scores a candidate model file and the promoted
 * one on the calibration half (the test half decides nothing), each batch through the Link stage's
 * decisions, each model at its own thresholds chosen on this half as scripts/calibrate.ts chooses
 * them (at most 0.5% of the routed wrong, counted and promised) on out-of-fold answers of its writer
 * stage (eval-sets/unseen-writers/writer-fit.ts: both models get the stage fitted afresh, never the
 * promoted model's in-sample one), and prints one JSON line: the thresholds, each model's writer stage
 * fitted on the whole half (a few coefficients: the held-out families are scored with it, and a
 * promoted candidate ships with it) and the paired counts (domain/classify/promotion.ts
 * PairedSetScore: counts only, no letter ids or text).
 *
 *   npx tsx scripts/unseen-gate.ts --candidate candidate.json [--current models/current.json]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.ts';
import { loadModel, type ModelFile } from '../domain/classify/index.ts';
import { ERROR_BUDGET, pairSet, type LetterResult } from '../domain/classify/promotion.ts';
import { simulate } from '../eval-sets/unseen-writers/evaluate.ts';
import { fitOnHalf, predictOutOfFold } from '../eval-sets/unseen-writers/writer-fit.ts';
import type { WriterCalibration } from '../domain/classify/writer-calibration.ts';
import { chooseThresholds, type ThresholdChoice } from '../eval-sets/unseen-writers/thresholds.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { asTrained } from './promoted-as-trained.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('unseen-gate', { options: { candidate: { type: 'string' }, current: { type: 'string' } } });
if (!values.candidate) {
  process.stderr.write('--candidate FILE is required\n');
  process.exit(2);
}
const config = loadConfig();
const letters = half(loadUnseenWriters(), 'calibration');
const currentFile = values.current ?? fileURLToPath(new URL('../models/current.json', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ModelFile;

function resultsOf(file: ModelFile): { choice: ThresholdChoice; writerCalibration: WriterCalibration; results: Map<string, LetterResult & { shouldRoute: boolean }> } {
  const model = loadModel(file);
  const predicted = predictOutOfFold(letters, config, model);
  const choice = chooseThresholds(predicted, config, ERROR_BUDGET);
  const outcomes = new Map(simulate(predicted, config, choice.thresholds).map((o) => [o.id, o]));
  const results = new Map(
    predicted.map((p) => {
      const o = outcomes.get(p.record.id)!;
      return [p.record.id, { typeRight: p.documentType === p.record.documentType, areaRight: p.area === p.record.area, routed: o.outcome === 'routed', routedWrong: o.outcome === 'routed' && o.wrong, shouldRoute: o.shouldRoute }];
    }),
  );
  return { choice, writerCalibration: fitOnHalf(letters, config, model), results };
}
const candidate = resultsOf(read(values.candidate));
const current = resultsOf(asTrained(read(currentFile)));
const set = pairSet(
  'unseen calibration half',
  letters.map((l) => ({ shouldRoute: candidate.results.get(l.id)!.shouldRoute, candidate: candidate.results.get(l.id)!, current: current.results.get(l.id)! })),
);
const summary = (c: ThresholdChoice) => ({ ...c.thresholds, metBudget: c.metBudget });
process.stdout.write(`${JSON.stringify({ set, thresholds: { candidate: summary(candidate.choice), current: summary(current.choice) }, writerCalibration: { candidate: candidate.writerCalibration, current: current.writerCalibration } })}\n`);
