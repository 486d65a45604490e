/**
 * National-id reading under OCR damage (issue 13, item 3): letters of the held-out (eval) template
 * families, passed through the OCR noise model learned from the corpus's real scans at rising
 * severities, then read by domain/fields. Precision must stay 100% (the mod-11 check digits guard
 * every candidate); recall shows how much damage the reader tolerates. Prints counts only.
 *
 *   npx tsx scripts/eval-national-ids.ts [--count 1500] [--seed 77]
 */
import { findNationalIds } from '../domain/fields/national-id.ts';
import { wilson } from '../domain/classify/intervals.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { loadRecords } from '../corpus/records.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('eval-national-ids', { options: { count: { type: 'string', default: '1500' }, seed: { type: 'string', default: '77' } } });
const seed = Number(values.seed);
const out = (s = '') => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const share = (k: number, n: number) => {
  const ci = wilson(k, n);
  return `${k}/${n} = ${pct(k / n)} [${pct(ci.low)}, ${pct(ci.high)}]`;
};

const trainOcr = loadRecords('train-ocr');
const noise = learnNoise(trainOcr.filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
const letters = generateCorpus({ seed, split: 'eval', count: Number(values.count) }).filter((d) => d.truth.nationalIds.length > 0);

out(`National ids through the OCR noise model: ${letters.length} eval-family letters that carry one`);
for (const severity of [0, 1, 2.5, 4]) {
  let expected = 0;
  let found = 0;
  let right = 0;
  letters.forEach((d, i) => {
    const text = severity === 0 ? docText(d) : applyNoise(noise, docText(d), severity, seed + i);
    const read = findNationalIds(text);
    expected += d.truth.nationalIds.length;
    found += read.length;
    right += read.filter((id) => d.truth.nationalIds.includes(id)).length;
  });
  out(`  severity ${String(severity).padEnd(4)} precision ${share(right, found)}  recall ${share(right, expected)}`);
}

// The real OCR'd scans of the corpus (training and held-out families): what the product read.
for (const name of ['train-ocr', 'eval-ocr'] as const) {
  const recs = loadRecords(name);
  let expected = 0;
  let found = 0;
  let right = 0;
  for (const r of recs) {
    const read = findNationalIds(r.text);
    expected += r.truth.nationalIds.length;
    found += read.length;
    right += read.filter((id) => r.truth.nationalIds.includes(id)).length;
  }
  out(`  ${name.padEnd(12)} precision ${share(right, found)}  recall ${share(right, expected)}`);
}
