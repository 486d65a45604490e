/**
 * The archivists' loop, shown end to end (issue 13, item 7): a batch of mail from writers the model
 * has never trained on (the corpus's eval-only template families, as OCR noise makes them) goes
 * through the review gate; the archivist decides every review item, which leaves a labelled
 * example in the data dir (`<data dir>/examples/`, as `review decide` does); the model is retrained
 * with `--examples <data dir>` (not promoted: --dry-run); the NEXT batch from the same writers is
 * then measured with the model before and after.
 *
 *   npx tsx scripts/learning-loop.ts [--count 260] [--train-count 6500] [--data-dir DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkThreshold, mustLink } from '../domain/config.ts';
import { loadConfig } from '../config/load.ts';
import { classifyDocument, loadModel, promotedModel, type LoadedModel } from '../domain/classify/index.ts';
import { wilson } from '../domain/classify/intervals.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { loadRecords } from '../corpus/records.ts';
import { EXAMPLES_FOLDER } from '../corpus/labelled-examples.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('learning-loop', { options: { count: { type: 'string', default: '260' }, 'train-count': { type: 'string', default: '6500' }, 'data-dir': { type: 'string' } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const config = loadConfig();
const out = (s = '') => process.stdout.write(`${s}\n`);
const pct = (k: number, n: number) => `${k}/${n} = ${((k / Math.max(1, n)) * 100).toFixed(1)}% [${(wilson(k, n).low * 100).toFixed(1)}%, ${(wilson(k, n).high * 100).toFixed(1)}%]`;

const noise = learnNoise(loadRecords('train-ocr').filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
function batch(seed: number) {
  return generateCorpus({ seed, split: 'eval', count: Number(values.count) }).map((d, i) => ({ ...d, text: applyNoise(noise, docText(d), 1, seed + i) }));
}

interface Gate { through: number; wrong: number; n: number; review: typeof first }
const first = batch(91_001);
function gate(docs: typeof first, model: LoadedModel): Gate {
  let through = 0;
  let wrong = 0;
  const review: typeof first = [];
  for (const d of docs) {
    const c = classifyDocument(d.text, config, model);
    const link = mustLink(config, c.documentType);
    const confidence = link ? c.typeConfidence : c.confidence;
    const right = c.documentType === d.documentType && (link || c.area === d.area);
    if (confidence >= linkThreshold(config, link ? 'mustLink' : 'newCase')) {
      through++;
      if (!right) wrong++;
    } else review.push(d);
  }
  return { through, wrong, n: docs.length, review };
}

const current = promotedModel();
const day1 = gate(first, current);
out(`batch 1 (${day1.n} letters from ${new Set(first.map((d) => d.family)).size} writers' templates never trained on): straight through ${pct(day1.through, day1.n)}, wrong among those ${day1.wrong}; ${day1.review.length} review items`);

// The archivist decides each review item: the decision leaves a labelled example in the data dir.
const dataDir = values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'postmottak-loop-'));
mkdirSync(path.join(dataDir, EXAMPLES_FOLDER), { recursive: true, mode: 0o700 });
const examplesFile = path.join(dataDir, EXAMPLES_FOLDER, 'decisions.jsonl');
writeFileSync(examplesFile, day1.review.map((d) => JSON.stringify({ text: d.text, documentType: d.documentType, area: d.area, language: d.language, source: 'archivist-decision' })).join('\n') + '\n', { mode: 0o600 });
out(`archivist decided ${day1.review.length} review items -> ${examplesFile}`);

const candidateFile = path.join(dataDir, 'candidate.json');
const started = performance.now();
const train = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/train.ts', '--dry-run', '--count', values['train-count']!, '--examples', dataDir, '--out', candidateFile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
if (train.status !== 0) {
  process.stderr.write(train.stderr);
  process.exit(1);
}
const trainLines = train.stderr.trim().split('\n');
out(`retrained with the examples in ${((performance.now() - started) / 1000).toFixed(0)} s: ${trainLines.filter((l) => /^held out|PROMOTED|not promoted|corrections/.test(l)).join(' | ')}`);

const candidate = loadModel(JSON.parse(readFileSync(candidateFile, 'utf8')));
const second = batch(91_002);
const before = gate(second, current);
const after = gate(second, candidate);
out(`batch 2 (next ${second.length} letters from the same writers):`);
out(`  before: straight through ${pct(before.through, before.n)}, wrong among those ${pct(before.wrong, before.through)}`);
out(`  after:  straight through ${pct(after.through, after.n)}, wrong among those ${pct(after.wrong, after.through)}`);
