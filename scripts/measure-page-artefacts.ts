/**
 * What a scanned page's artefact weighs (its text, word boxes and image source, as ExtractPage keeps
 * it), and how many pages travel in the Express state instead of a PUT each (domain/inline-page-texts.ts):
 * the inputs of `npm run cost` for artefact size and S3 requests. Held-out corpus letters (split
 * 'eval', as scripts/bench-batch-scan.ts), rendered as 200 dpi greyscale JPEG scans with light damage,
 * each page read by the real stage (stages/extract-page.ts with engines/ocr) over an in-memory store.
 *
 *   npx tsx scripts/measure-page-artefacts.ts [--documents 20]
 *
 * A script, not a test: it OCRs every page (about a second each).
 */
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { generateCorpus } from '../corpus/generate.ts';
import { scannedPage } from '../corpus/render.ts';
import { loadConfig } from '../config/load.ts';
import { inlinePageBytes } from '../domain/inline-page-texts.ts';
import { readPage, shutdownOcr } from '../engines/ocr/index.ts';
import { extractPageStage } from '../stages/extract-page.ts';
import type { BlobStore } from '../stages/ports.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('measure-page-artefacts', { options: { documents: { type: 'string', default: '20' } } });
const wanted = Number(values.documents);
const config = loadConfig();

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `mean ${(s.reduce((a, b) => a + b, 0) / s.length / 1024).toFixed(1)} KB, p50 ${(at(0.5) / 1024).toFixed(1)}, p90 ${(at(0.9) / 1024).toFixed(1)}, max ${(s.at(-1)! / 1024).toFixed(1)}`;
};

const sizes: number[] = [];
const gzipped: number[] = [];
const words: number[] = [];
let pages = 0;
let inState = 0;
let documents = 0;
let seed = 1;
for (const doc of generateCorpus({ seed: 4242, split: 'eval', count: wanted })) {
  documents += 1;
  for (const [pageIndex, lines] of doc.pages.entries()) {
    const scan = await sharp(await scannedPage(lines, { dpi: 200, fontSize: doc.style.fontSize, serif: doc.style.serif, seed: seed++ })).jpeg({ quality: 60 }).toBuffer();
    let stored = '';
    const blobs: BlobStore = {
      size: async () => scan.length,
      get: async () => scan,
      getText: async () => stored,
      put: async (_key, body) => {
        stored = String(body);
      },
      copy: async () => {},
    };
    const job = { documentId: 'doc-measure', bucket: 'b', key: 'incoming/scan.jpg', etag: 'e', format: 'jpeg' as const, pageIndex: 0, hasTextLayer: false, inlineBytes: inlinePageBytes(doc.pages.length) };
    const { extraction, words: count } = await extractPageStage(job, { config, blobs, readPage });
    const json = extraction.inline ? JSON.stringify(extraction.inline) : stored;
    sizes.push(Buffer.byteLength(json, 'utf8'));
    gzipped.push(gzipSync(json).length);
    words.push(count);
    pages += 1;
    if (extraction.inline) inState += 1;
    void pageIndex;
  }
}
await shutdownOcr();
console.log(`${documents} held-out letters, ${pages} scanned pages (${(pages / documents).toFixed(2)} a document), OCR ${config.ocr.languages.join('+')} at ${config.ocr.targetDpi} dpi`);
console.log(`page artefact (text + word boxes + image source, JSON): ${stats(sizes)}`);
console.log(`the same gzipped: ${stats(gzipped)}`);
console.log(`words a page: mean ${(words.reduce((a, b) => a + b, 0) / words.length).toFixed(0)}, max ${Math.max(...words)}`);
console.log(`in the state (within inlinePageBytes of their document's page count): ${inState}/${pages} pages (${((100 * inState) / pages).toFixed(0)}%); share a page at 1/2/3/5/10 pages: ${[1, 2, 3, 5, 10].map((n) => `${(inlinePageBytes(n) / 1024).toFixed(0)} KB`).join(' / ')}`);
