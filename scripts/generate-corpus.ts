/**
 * Writes the OCR'd corpora that training and evaluation read, so neither needs OCR again:
 *   corpus/data/eval-ocr.jsonl   held-out scans from eval-only template families (what `npm run eval` scores)
 *   corpus/data/train-ocr.jsonl  scans from train families, with the clean text beside the OCR text
 *                                     (the pairs the OCR-noise model learns from; also real OCR for training)
 *   corpus/data/unseen-ocr.jsonl hand-written letters in styles no template has (corpus/unseen/)
 * Clean training letters are not stored: scripts/train.ts generates them from the seed.
 *
 * Every page is rendered, degraded like a scan and read by the product's own OCR (engines/ocr readPage).
 * Results are cached in .cache/corpus-ocr/, so a rerun only reads what changed. A cold run reads
 * ~600 pages: about 15-25 minutes on 2 cores.
 *
 *   npx tsx scripts/generate-corpus.ts [--eval 325] [--train-ocr 195] [--seed 20251] [--files DIR]
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.ts';
import { readPage, shutdownOcr } from '../engines/ocr/index.ts';
import { docText, generateCorpus, type CorpusDoc } from '../corpus/generate.ts';
import { planScan, readCorpusDoc, renderScan, effectiveFormat, type PageReader, type ReadDoc } from '../corpus/scan.ts';
import { loadUnseenLetters } from '../corpus/unseen.ts';
import { scriptArgs } from './script-args.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = path.join(root, 'corpus/data');
const cacheDir = path.join(root, '.cache/corpus-ocr');
/** Bump when the OCR stage changes in a way that changes its text, to invalidate the cache. */
const READER_VERSION = 'readPage-2-tessdata-fast';

const { values } = scriptArgs('generate-corpus', {
  options: {
    eval: { type: 'string', default: '325' },
    'train-ocr': { type: 'string', default: '195' },
    seed: { type: 'string', default: '20251' },
    files: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
  },
});
const seed = Number(values.seed);
const config = loadConfig();

const reader: PageReader = async (bytes, format, pageIndex, textLayer) => {
  const { page } = await readPage(bytes, format, pageIndex, { hasTextLayer: textLayer, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi });
  return { text: page.text, confidence: page.confidence };
};

interface CorpusRecord {
  id: string;
  family: string;
  documentType: string;
  area: string;
  language: string;
  truth: CorpusDoc['truth'];
  format: string;
  textLayer: boolean;
  ocrConfidence: number;
  text: string;
  clean?: string;
}

async function readAll(docs: CorpusDoc[], label: string, textPdfShare: number): Promise<ReadDoc[]> {
  const out: ReadDoc[] = new Array(docs.length);
  let next = 0;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < docs.length) {
      const i = next++;
      const doc = docs[i]!;
      out[i] = await readCorpusDoc(doc, planScan(doc, textPdfShare), reader, cacheDir, READER_VERSION);
      done++;
      if (done % 25 === 0 || done === docs.length) {
        process.stderr.write(`${label}: ${done}/${docs.length} read (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
      }
    }
  };
  await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
  return out;
}

function record(doc: CorpusDoc, read: ReadDoc, withClean: boolean): CorpusRecord {
  return {
    id: doc.id, family: doc.family, documentType: doc.documentType, area: doc.area, language: doc.language, truth: doc.truth,
    format: read.format, textLayer: read.textLayer, ocrConfidence: Math.round(read.confidence * 1000) / 1000, text: read.text,
    ...(withClean ? { clean: docText(doc) } : {}),
  };
}

async function writeJsonl(file: string, records: CorpusRecord[]): Promise<void> {
  await writeFile(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stderr.write(`wrote ${path.relative(root, file)} (${records.length} documents)\n`);
}

await mkdir(dataDir, { recursive: true });
const evalDocs = generateCorpus({ seed, split: 'eval', count: Number(values.eval) });
const trainDocs = generateCorpus({ seed: seed + 1, split: 'train', count: Number(values['train-ocr']) });
const unseen = await loadUnseenLetters();

if (values.files) {
  // The scans themselves, to look at or to run through the pipeline by hand.
  await mkdir(values.files, { recursive: true });
  for (const doc of [...evalDocs.slice(0, 26), ...unseen]) {
    const plan = planScan(doc);
    const format = effectiveFormat(doc, plan);
    await writeFile(path.join(values.files, `${doc.id}-${doc.documentType}.${format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : format}`), await renderScan(doc, { ...plan, format }));
  }
}

const unseenRead = await readAll(unseen, 'unseen', 0);
await writeJsonl(path.join(dataDir, 'unseen-ocr.jsonl'), unseen.map((d, i) => record(d, unseenRead[i]!, false)));
const evalRead = await readAll(evalDocs, 'eval', 0);
await writeJsonl(path.join(dataDir, 'eval-ocr.jsonl'), evalDocs.map((d, i) => record(d, evalRead[i]!, false)));
const trainRead = await readAll(trainDocs, 'train', 0.1);
await writeJsonl(path.join(dataDir, 'train-ocr.jsonl'), trainDocs.map((d, i) => record(d, trainRead[i]!, true)));
await shutdownOcr();

// Keep the unused imports honest for readers of this script.
void readdir;
void readFile;
