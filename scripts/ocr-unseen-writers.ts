/**
 * Renders and degrades every unseen-writer letter as the mailroom would scan it, reads it with the
 * product's own OCR (domain/ocr readPage, the configured languages and resolution), and writes
 * eval-sets/unseen-writers/data/ocr.jsonl, so `npm run eval` needs no OCR. Results are cached in
 * .cache/unseen-writers-ocr/ by what they depend on, so adding a slice reads only the new letters.
 *
 *   nice npx tsx scripts/ocr-unseen-writers.ts [--concurrency 2] [--files DIR]
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.ts';
import { readPage, shutdownOcr } from '../engines/ocr/index.ts';
import { layoutLetter, planLetterScan, renderLetterScan } from '../eval-sets/unseen-writers/scan.ts';
import { scriptArgs } from './script-args.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const setDir = path.join(root, 'eval-sets/unseen-writers');
const cacheDir = path.join(root, '.cache/unseen-writers-ocr');
const READER_VERSION = 'readPage-2-tessdata-fast';

const { values } = scriptArgs('ocr-unseen-writers', { options: { concurrency: { type: 'string', default: '2' }, files: { type: 'string' } } });
const config = loadConfig();

interface Letter {
  id: string;
  batch: string;
  style: string;
  documentType: string;
  area: string;
  language: string;
  text: string;
  truth: { nationalIds: string[]; caseReferences: string[]; decisionDate: string | null; decisionReceivedDate: string | null; parties: unknown };
  linksTo: string | null;
}

async function loadLetters(): Promise<Letter[]> {
  const files = (await readdir(setDir)).filter((f) => /^letters-.*\.jsonl$/.test(f)).sort();
  const letters: Letter[] = [];
  for (const f of files) {
    for (const line of (await readFile(path.join(setDir, f), 'utf8')).split('\n')) if (line.trim()) letters.push(JSON.parse(line) as Letter);
  }
  return letters;
}

interface Read { text: string; confidence: number; format: string; textLayer: boolean; pages: number; quality: string; seconds: number }

async function readLetter(letter: Letter): Promise<Read> {
  const plan = planLetterScan(letter.id, letter.style);
  const pages = layoutLetter(letter.text, plan);
  const key = createHash('sha256').update(JSON.stringify({ pages, plan, READER_VERSION })).digest('hex').slice(0, 24);
  const file = path.join(cacheDir, `${key}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Read;
  } catch {
    // not read yet
  }
  const started = performance.now();
  const { bytes, format } = await renderLetterScan(pages, plan);
  if (values.files) await writeFile(path.join(values.files, `${letter.id}.${format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : format}`), bytes);
  const read: { text: string; confidence: number }[] = [];
  for (let i = 0; i < pages.length; i++) {
    const { page } = await readPage(bytes, format, i, { hasTextLayer: plan.textLayer, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi });
    read.push({ text: page.text, confidence: page.confidence });
  }
  const result: Read = {
    text: read.map((p) => p.text).join('\n\f\n'),
    confidence: read.reduce((s, p) => s + p.confidence, 0) / Math.max(1, read.length),
    format, textLayer: plan.textLayer, pages: pages.length, quality: plan.quality,
    seconds: (performance.now() - started) / 1000,
  };
  await writeFile(file, JSON.stringify(result));
  return result;
}

await mkdir(cacheDir, { recursive: true });
if (values.files) await mkdir(values.files, { recursive: true });
const letters = await loadLetters();
const reads: Read[] = new Array(letters.length);
let next = 0;
let done = 0;
const started = performance.now();
await Promise.all(Array.from({ length: Number(values.concurrency) }, async () => {
  while (next < letters.length) {
    const i = next++;
    reads[i] = await readLetter(letters[i]!);
    if (++done % 20 === 0 || done === letters.length) process.stderr.write(`unseen-writers: ${done}/${letters.length} read (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
}));
await shutdownOcr();

const out = letters.map((l, i) => {
  const r = reads[i]!;
  return JSON.stringify({
    id: l.id, batch: l.batch, style: l.style, documentType: l.documentType, area: l.area, language: l.language, linksTo: l.linksTo,
    truth: l.truth, format: r.format, textLayer: r.textLayer, quality: r.quality, pages: r.pages,
    ocrConfidence: Math.round(r.confidence * 1000) / 1000, text: r.text,
  });
});
await writeFile(path.join(setDir, 'data/ocr.jsonl'), out.join('\n') + '\n');
process.stderr.write(`wrote eval-sets/unseen-writers/data/ocr.jsonl (${out.length} letters)\n`);
