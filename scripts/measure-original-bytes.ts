/**
 * What an original weighs a page, in the formats a mailroom's scanner can write: the input
 * `original-kilobytes-per-page` of `npm run cost` (S3 storage of the originals). Held-out corpus
 * letters (split 'eval', seed 4242, as scripts/bench-batch-scan.ts and measure-page-artefacts.ts),
 * each page rendered and given the bench's light scan damage (skew, dust, grey paper on one page in
 * four), then filed as a scanner files it: greyscale JPEG pages in a PDF (corpus/render.ts
 * toScannedPdf) at several resolutions and qualities, and a bilevel CCITT G4 TIFF. Bytes are the
 * whole file's over its pages, so the container's overhead is counted.
 *
 *   npx tsx scripts/measure-original-bytes.ts [--documents 20] [--words-per-page 290]
 *
 * Generated letters carry fewer words a page than real ones (~90 against ~250-400), and ink is what a
 * JPEG spends its bytes on besides paper noise. --words-per-page fills each page up to that many words
 * with further lines of the same letter (MEASURED.md takes a page as ~290 words); 0 leaves the pages as
 * generated. The words a page are printed beside the bytes. Which format the mailroom's scanner writes
 * is not known: every row is one assumption, and `npm run cost` prints the cost at each.
 */
import sharp from 'sharp';
import { filledPage, wordsOf } from './filled-page.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { scannedPage, toScannedPdf, toTiffG4 } from '../corpus/render.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('measure-original-bytes', { options: { documents: { type: 'string', default: '20' }, 'words-per-page': { type: 'string', default: '290' } } });
const wanted = Number(values.documents);
const wordsPerPage = Number(values['words-per-page']);

const filled = (page: string[], letter: string[][]) => filledPage(page, letter, wordsPerPage);

interface Format {
  label: string;
  dpi: number;
  file: (pages: Buffer[]) => Promise<Buffer>;
}
const jpegPdf = (quality: number) => async (pages: Buffer[]) => toScannedPdf(await Promise.all(pages.map((p) => sharp(p).toColourspace('b-w').jpeg({ quality }).toBuffer())));
const formats: Format[] = [
  { label: '200 dpi greyscale JPEG q60 in PDF (bench-batch-scan)', dpi: 200, file: jpegPdf(60) },
  { label: '200 dpi greyscale JPEG q75 in PDF', dpi: 200, file: jpegPdf(75) },
  { label: '200 dpi greyscale JPEG q85 in PDF', dpi: 200, file: jpegPdf(85) },
  { label: '300 dpi greyscale JPEG q75 in PDF', dpi: 300, file: jpegPdf(75) },
  { label: '300 dpi greyscale JPEG q85 in PDF', dpi: 300, file: jpegPdf(85) },
  { label: '200 dpi bilevel CCITT G4 TIFF', dpi: 200, file: toTiffG4 },
  { label: '300 dpi bilevel CCITT G4 TIFF', dpi: 300, file: toTiffG4 },
];

const totals = new Map(formats.map((f) => [f.label, { bytes: 0, perPage: [] as number[] }]));
let pages = 0;
let words = 0;
let documents = 0;
let seed = 1;
for (const doc of generateCorpus({ seed: 4242, split: 'eval', count: wanted })) {
  documents += 1;
  const firstSeed = seed;
  for (const format of formats) {
    seed = firstSeed;
    const images: Buffer[] = [];
    for (const lines of doc.pages) {
      images.push(await scannedPage(filled(lines, doc.pages), { dpi: format.dpi, fontSize: doc.style.fontSize, serif: doc.style.serif, seed: seed++ }));
    }
    const bytes = (await format.file(images)).length;
    const tally = totals.get(format.label)!;
    tally.bytes += bytes;
    tally.perPage.push(bytes / images.length);
  }
  pages += doc.pages.length;
  words += doc.pages.reduce((sum, lines) => sum + wordsOf(filled(lines, doc.pages)), 0);
}

console.log(`${documents} held-out letters, ${pages} pages, ${(words / pages).toFixed(0)} words a page, light scan damage as bench-batch-scan`);
console.log(`${'format'.padEnd(56)} ${'KB a page'.padStart(10)} ${'median'.padStart(7)} ${'min'.padStart(6)} ${'max'.padStart(6)}  (a file's KB over its pages; median of the files)`);
for (const format of formats) {
  const { bytes, perPage } = totals.get(format.label)!;
  const kb = (n: number) => (n / 1024).toFixed(0).padStart(6);
  const sorted = [...perPage].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  console.log(`${format.label.padEnd(56)} ${(bytes / pages / 1024).toFixed(1).padStart(10)} ${kb(median).padStart(7)} ${kb(Math.min(...perPage))} ${kb(Math.max(...perPage))}`);
}
