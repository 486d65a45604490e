/**
 * Splits the unseen-writer batches once into a calibration half and a test half and writes
 * eval-sets/unseen-writers/split.json (committed). Refuses to overwrite an existing split unless
 * --force: thresholds chosen on one half are only honest while the other half stays unseen.
 *
 *   npx tsx scripts/split-unseen-writers.ts [--seed unseen-writers-2026-11-29] [--force]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitBatches, splitFile } from '../eval-sets/unseen-writers/records.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('split-unseen-writers', { options: { seed: { type: 'string', default: 'unseen-writers-2026-11-29' }, force: { type: 'boolean', default: false } } });
if (existsSync(splitFile) && !values.force) {
  process.stderr.write(`${splitFile} exists: the split is made once (use --force to remake it, and say why)\n`);
  process.exit(2);
}
const dir = path.dirname(splitFile);
const batches = readdirSync(dir)
  .filter((f) => /^letters-.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { batch: string }).batch));
const split = splitBatches(batches, values.seed!);
writeFileSync(splitFile, JSON.stringify(split, null, 2) + '\n');
const count = (half: string[]) => batches.filter((b) => half.includes(b)).length;
process.stderr.write(`split ${new Set(batches).size} batches: calibration ${split.calibration.length} batches (${count(split.calibration)} letters), test ${split.test.length} batches (${count(split.test)} letters)\n`);
