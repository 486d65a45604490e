/**
 * What the negated-mention reading (domain/classify/negated-mention.ts) does on labelled letters: how many name a
 * benefit only negated, how many readings the guard holds (area named only negated, no other evidence), and of
 * those how many had the area right (held for nothing) or wrong (a wrong route prevented, if it was routed).
 * The held-out families, the training scans and generated letters (train and eval splits, eval through the OCR
 * noise model). Counts and labels only, never text; never the unseen writers' test half.
 *
 *   npx tsx scripts/negated-mention-holds.ts [seed]
 */
import { loadConfig } from '../config/load.ts';
import { loadRecords } from '../corpus/records.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { negatedOnlyAreas } from '../domain/classify/evidence.ts';
import { classifyDocument, promotedModel } from '../domain/classify/index.ts';

const config = loadConfig();
const model = promotedModel();
const seed = Number(process.argv[2] ?? 777);
const trainScans = loadRecords('train-ocr');
const noise = learnNoise(trainScans.filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
const sets: [string, { text: string; area: string }[]][] = [
  ['held-out', loadRecords('eval-ocr')],
  ['train scans', trainScans],
  ['gen train', generateCorpus({ seed, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), area: d.area }))],
  ['gen eval+noise', generateCorpus({ seed, split: 'eval', count: 3000 }).map((d, i) => ({ text: applyNoise(noise, docText(d), 1, seed + i), area: d.area }))],
];
for (const [name, docs] of sets) {
  let negatedNamed = 0;
  let held = 0;
  let heldRight = 0;
  for (const d of docs) {
    if (negatedOnlyAreas(d.text).size > 0) negatedNamed++;
    const c = classifyDocument(d.text, config, model);
    if (!c.explanation.some((e) => e.feature === 'rule:area named only negated')) continue;
    held++;
    if (c.area === d.area) heldRight++;
  }
  process.stdout.write(`${name.padEnd(16)} ${String(docs.length).padStart(5)} letters  name an area only negated ${negatedNamed}  held by the guard ${held} (area right ${heldRight}, wrong ${held - heldRight})\n`);
}
