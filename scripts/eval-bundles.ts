/**
 * Split accuracy on generated scanned files holding several documents (corpus/bundles.ts): first
 * instances' bundles and mailroom batches, with and without separator sheets, letter text passed
 * through the OCR noise model measured on real scans. Prints exact-boundary figures per kind of
 * file; `npm run eval` prints the same section.
 *
 *   npx tsx scripts/eval-bundles.ts [--count N] [--split eval|train]
 */
import { splitBundle } from '../domain/bundles/split.ts';
import { addToScore, emptyScore, generateBundle, trueParts, type GeneratedBundle, type SplitScore } from '../corpus/bundles.ts';
import { learnNoise } from '../corpus/noise.ts';
import { loadRecords } from '../corpus/records.ts';
import { scriptArgs } from './script-args.ts';

export function bundlePages(bundle: GeneratedBundle) {
  return bundle.pages.map((page) => ({
    text: page.lines.join('\n'),
    hasText: page.kind !== 'image' && page.kind !== 'separator' && page.lines.some((l) => l.trim() !== ''),
    blank: page.kind !== 'image' && page.kind !== 'separator' && page.lines.every((l) => l.trim() === ''),
    sheet: page.kind === 'separator' ? ({ kind: 'separator' } as const) : null,
  }));
}

export function evaluateSplits(count: number, split: 'train' | 'eval', failures?: (bundle: GeneratedBundle, predicted: number[][]) => void): Record<string, SplitScore> {
  const records = loadRecords('train-ocr').filter((r) => !r.textLayer && r.clean).slice(0, 60);
  const noise = learnNoise(records.map((r) => ({ clean: r.clean!, ocr: r.text })));
  const scores: Record<string, SplitScore> = {};
  for (const shape of ['first_instance_bundle', 'mailroom_batch'] as const) {
    for (const withSeparators of [false, true]) {
      const score = emptyScore();
      scores[`${shape} ${withSeparators ? 'with separator sheets' : 'without separators'}`] = score;
      for (let i = 0; i < count; i++) {
        const bundle = generateBundle(i, shape, withSeparators, { seed: split === 'eval' ? 2025 : 17, split, noise });
        const predicted = splitBundle(bundlePages(bundle)).parts.map((p) => p.pages);
        const before = score.exactFiles;
        addToScore(score, trueParts(bundle), predicted);
        if (score.exactFiles === before) failures?.(bundle, predicted);
      }
    }
  }
  // Running headers without a count («Side 2 – name (id)», «- 2 -») and one-page printouts without a
  // closing, stacked as mail (no separators): continuations kept, the next letter still split.
  const headers = emptyScore();
  scores['mailroom_batch, page headers without a count'] = headers;
  for (let i = 0; i < count; i++) {
    const bundle = generateBundle(i, 'mailroom_batch', false, { seed: split === 'eval' ? 2025 : 17, split, noise, runningHeaders: true });
    const predicted = splitBundle(bundlePages(bundle)).parts.map((p) => p.pages);
    const before = headers.exactFiles;
    addToScore(headers, trueParts(bundle), predicted);
    if (headers.exactFiles === before) failures?.(bundle, predicted);
  }
  // Real OCR: the held-out scans the product's own OCR read (test/corpus/data/eval-ocr.jsonl), stacked
  // as a mailroom would feed them, with no separator sheets.
  const real = loadRecords('eval-ocr');
  const score = emptyScore();
  scores["mailroom batch of real OCR'd held-out scans"] = score;
  let at = 0;
  for (let i = 0; i < count && at < real.length; i++) {
    const stack = real.slice(at, at + 3 + (i % 4));
    at += stack.length;
    const pages = stack.flatMap((r, document) => r.text.split('\f').map((text) => ({ text, document })));
    const truth = stack.map((_, document) => pages.flatMap((p, index) => (p.document === document ? [index] : [])));
    const predicted = splitBundle(pages.map((p) => ({ text: p.text, hasText: p.text.trim() !== '', sheet: null }))).parts.map((p) => p.pages);
    const before = score.exactFiles;
    addToScore(score, truth, predicted);
    if (score.exactFiles === before && failures) console.log(`real OCR stack ${stack.map((r) => r.id).join(' ')}: truth ${JSON.stringify(truth)} predicted ${JSON.stringify(predicted)}`);
  }
  return scores;
}

export function formatSplitScores(scores: Record<string, SplitScore>): string[] {
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  return Object.entries(scores).map(
    ([name, s]) => `${name.padEnd(50)} documents exact ${pct(s.exactDocuments, s.documents).padStart(6)} (${s.exactDocuments}/${s.documents})   files exact ${pct(s.exactFiles, s.files).padStart(6)}   page gaps wrong ${s.wrongGaps}/${s.gaps} (letters merged ${s.merges})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = scriptArgs('eval-bundles', { options: { count: { type: 'string', default: '100' }, split: { type: 'string', default: 'eval' }, show: { type: 'boolean', default: false } } });
  const split = values.split === 'train' ? 'train' : 'eval';
  const started = performance.now();
  const scores = evaluateSplits(Number(values.count), split, values.show ? (bundle, predicted) => {
    console.log(`\n=== ${bundle.id}: truth ${JSON.stringify(trueParts(bundle))} predicted ${JSON.stringify(predicted)}`);
    for (const [i, p] of bundle.pages.entries()) console.log(`--- page ${i} (${p.kind}, doc ${p.document})\n${p.lines.slice(0, 8).join('\n')}\n ...\n${p.lines.slice(-4).join('\n')}`);
  } : undefined);
  console.log(`Bundle splitting (${split} letters, ${values.count} files per kind, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const line of formatSplitScores(scores)) console.log(`  ${line}`);
}
