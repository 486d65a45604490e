/**
 * How a model reads the clean letters (no OCR) of the fifth session's new-writer families
 * (corpus/families-more-e/f/g.ts): type and area right overall, then per family, worst first, with
 * what a wrong type was taken for. Low figures are what the families teach that the model has not
 * learnt. Prints counts only, never letter text.
 *
 *   npx tsx scripts/read-new-families.ts [--model candidate.json] [--seed 77] [--count 2600]
 */
import { readFileSync } from 'node:fs';
import { classifyDocument, loadModel } from '../domain/classify/index.ts';
import { loadConfig } from '../config/load.ts';
import { moreTrainFamiliesE } from '../corpus/families-more-e.ts';
import { moreTrainFamiliesF } from '../corpus/families-more-f.ts';
import { moreTrainFamiliesG } from '../corpus/families-more-g.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('read-new-families', { options: { model: { type: 'string' }, seed: { type: 'string', default: '77' }, count: { type: 'string', default: '2600' } } });
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const model = values.model ? loadModel(JSON.parse(readFileSync(values.model, 'utf8'))) : undefined;
const ids = new Set([...moreTrainFamiliesE, ...moreTrainFamiliesF, ...moreTrainFamiliesG].map((f) => f.id));
const docs = generateCorpus({ seed: Number(values.seed), split: 'train', count: Number(values.count), familyFilter: (f) => ids.has(f.id) });

interface Tally { n: number; type: number; area: number; confidence: number; takenFor: Record<string, number> }
const tally = (): Tally => ({ n: 0, type: 0, area: 0, confidence: 0, takenFor: {} });
const all = tally();
const perFamily = new Map<string, Tally>();
for (const doc of docs) {
  const r = classifyDocument(docText(doc), config, model);
  const t = perFamily.get(doc.family) ?? tally();
  perFamily.set(doc.family, t);
  for (const x of [all, t]) {
    x.n++;
    x.confidence += r.confidence;
    if (r.documentType === doc.documentType) x.type++;
    else x.takenFor[r.documentType] = (x.takenFor[r.documentType] ?? 0) + 1;
    if (r.area === doc.area) x.area++;
  }
}
const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`;
out(`${all.n} letters of ${perFamily.size} families: type ${pct(all.type, all.n)}, area ${pct(all.area, all.n)}`);
for (const [family, t] of [...perFamily].sort((a, b) => a[1].type / a[1].n - b[1].type / b[1].n || a[1].area / a[1].n - b[1].area / b[1].n)) {
  out(`  ${family.padEnd(24)} n ${String(t.n).padStart(3)}  type ${pct(t.type, t.n).padStart(6)}  area ${pct(t.area, t.n).padStart(6)}  confidence ${(t.confidence / t.n).toFixed(2)}  ${Object.keys(t.takenFor).length ? `taken for ${JSON.stringify(t.takenFor)}` : ''}`);
}
