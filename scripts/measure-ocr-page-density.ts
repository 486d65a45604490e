/**
 * Does OCR's CPU a page depend on how full the page is? `npm run cost` stores originals measured at
 * ~290 words a page (scripts/measure-original-bytes.ts: MEASURED.md's page), while `ocr-seconds` was
 * timed on generated pages as they are (~90 words). This OCRs the same held-out letters' pages (split
 * 'eval', seed 4242, as measure-original-bytes) both ways, scanned as the cost model's original (300 dpi
 * greyscale JPEG q75 in a PDF, the benchmarks' light damage), through the real page path (engines/ocr
 * readPage: the JPEG taken out, prepared to config.ocr.targetDpi, OCR), one worker, the two variants
 * alternately page by page (a-b, then b-a). Prints process CPU (all threads) and wall a page, words a
 * page (on the page, and read: a filled page's lines below its foot are not drawn, so the words on the
 * page are those corpus/render.ts linesDrawn says it drew, not those asked for), and the character
 * error rate of each against the lines drawn; and the archivist's page image
 * (engines/images/page-image.ts pageImagePng) CPU a page from the same original.
 *
 *   npx tsx scripts/measure-ocr-page-density.ts [--documents 8] [--words-per-page 290] [--dpi 300]
 *
 * A script, not a test: the figures depend on the machine and its load (printed before and after).
 */
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { filledPage, wordsOf } from './filled-page.ts';
import { loadConfig } from '../config/load.ts';
import { characterErrorRate } from '../corpus/cer.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { linesDrawn, scannedPage, toScannedPdf } from '../corpus/render.ts';
import { pageImagePng } from '../engines/images/page-image.ts';
import { readPage, shutdownOcr } from '../engines/ocr/index.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('measure-ocr-page-density', { options: { documents: { type: 'string', default: '8' }, 'words-per-page': { type: 'string', default: '290' }, dpi: { type: 'string', default: '300' } } });
const wordsPerPage = Number(values['words-per-page']);
const dpi = Number(values.dpi);
process.env.POSTMOTTAK_OCR_WORKERS = '1';
const config = loadConfig();
const options = { hasTextLayer: false, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi, maxPixelsPerPage: config.limits.maxPixelsPerPage };

const filled = (page: string[], letter: string[][]) => filledPage(page, letter, wordsPerPage);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; cpu: number; wall: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, cpu: (used.user + used.system) / 1e6, wall: (performance.now() - started) / 1000 };
}

const variants = ['as generated', `filled to ${wordsPerPage} words`] as const;
const tallies = new Map(variants.map((v) => [v, { pages: 0, words: 0, read: 0, cpu: 0, wall: 0, cer: 0, imageCpu: 0 }]));
// Warm the worker before timing.
await readPage(await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } }).png().toBuffer(), 'png', 0, options);
console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
let seed = 1;
let n = 0;
for (const doc of generateCorpus({ seed: 4242, split: 'eval', count: Number(values.documents) })) {
  for (const lines of doc.pages) {
    const pageSeed = seed++;
    const order = n++ % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const asked = variant === 'as generated' ? lines : filled(lines, doc.pages);
      const look = { dpi, fontSize: doc.style.fontSize, serif: doc.style.serif };
      const image = await scannedPage(asked, { ...look, seed: pageSeed });
      // Scored against what is on the page: a filled page's lines below its foot are not drawn.
      const printed = linesDrawn(asked, look);
      const pdf = await toScannedPdf([await sharp(image).toColourspace('b-w').jpeg({ quality: 75 }).toBuffer()]);
      const read = await timed(() => readPage(pdf, 'pdf', 0, options));
      const made = await timed(() => pageImagePng(pdf, 'pdf', 0, options));
      const t = tallies.get(variant)!;
      t.pages += 1;
      t.words += wordsOf(printed);
      t.read += wordsOf([read.value.page.text]);
      t.cpu += read.cpu;
      t.wall += read.wall;
      t.imageCpu += made.cpu;
      t.cer += characterErrorRate(printed.join('\n'), read.value.page.text);
    }
  }
  console.log(`${n} pages`);
}
await shutdownOcr();
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${dpi} dpi greyscale JPEG q75 in PDF, OCR target ${config.ocr.targetDpi} dpi, one worker; per page:`);
for (const [variant, t] of tallies) {
  const per = (x: number) => (x / t.pages).toFixed(2);
  console.log(`  ${variant.padEnd(24)} ${t.pages} pages, ${(t.words / t.pages).toFixed(0)} words on the page, ${(t.read / t.pages).toFixed(0)} read: read ${per(t.cpu)} s CPU (${per(t.wall)} s wall), CER ${((t.cer / t.pages) * 100).toFixed(2)}%; page image ${per(t.imageCpu)} s CPU`);
}
