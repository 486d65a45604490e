/**
 * The unseen-writer half of the promotion gate of `npm run train`, run as a process of its own so
 * the training process never holds evaluation data: scores a candidate model file and the promoted
 * one on the calibration half (the test half decides nothing) and prints one JSON line.
 *
 *   npx tsx scripts/unseen-gate.ts --candidate candidate.json
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.ts';
import { loadModel, type ModelFile } from '../domain/classify/index.ts';
import { predictAll, scoreUnseen } from '../eval-sets/unseen-writers/evaluate.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

const { values } = parseArgs({ options: { candidate: { type: 'string' } } });
if (!values.candidate) {
  process.stderr.write('--candidate FILE is required\n');
  process.exit(2);
}
const config = loadConfig();
const letters = half(loadUnseenWriters(), 'calibration');
const current = fileURLToPath(new URL('../models/current.json', import.meta.url));
const scoreOf = (file: string) => {
  const s = scoreUnseen(predictAll(letters, config, loadModel(JSON.parse(readFileSync(file, 'utf8')) as ModelFile)), config);
  return { n: s.n, bothRight: s.bothRight, straightThrough: s.simulation.straightThrough, shouldRoute: s.simulation.shouldRoute, routed: s.simulation.routed, routedWrong: s.simulation.routedWrong };
};
process.stdout.write(`${JSON.stringify({ candidate: scoreOf(values.candidate), current: scoreOf(current) })}\n`);
