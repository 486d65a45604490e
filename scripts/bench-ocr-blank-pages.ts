/**
 * What a blank scanned page (the back of a one-sided letter in a duplex scan) costs on the page path:
 * blank 200 dpi greyscale pages, as scripts/bench-batch-scan.ts scans letters (light dust, some on grey
 * paper, slightly skewed, JPEG in a PDF), through readPage with the sheet-code check, one worker, in
 * process CPU of all threads (scripts/cost.ts blankPageSeconds). Run it on two commits to compare.
 *
 *   npx tsx scripts/bench-ocr-blank-pages.ts
 */
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { readPage, shutdownOcr, warmUpOcr } from '../engines/ocr/index.ts';
import { readSheetCodeOfPage } from '../engines/sheets/read-sheet-code.ts';
import { degrade, renderPageImage, toScannedPdf } from '../corpus/render.ts';
process.env.POSTMOTTAK_OCR_WORKERS = '1';
const languages = ['nor', 'eng', 'swe', 'dan'];
await warmUpOcr({ languages, workers: 1 });
const pages: Buffer[] = [];
for (let i = 0; i < 8; i++) {
  const png = await degrade(await renderPageImage([], { dpi: 200 }), { noise: 0.003, greyPaper: i % 4 === 0, rotateDeg: ((i % 7) - 3) * 0.2, seed: i + 1 });
  pages.push(await sharp(png).jpeg({ quality: 60 }).toBuffer());
}
const pdf = await toScannedPdf(pages);
let cpu = 0;
for (let r = 0; r < 2; r++) for (let i = 0; i < pages.length; i++) {
  const c = process.cpuUsage();
  const { page } = await readPage(pdf, 'pdf', i, { hasTextLayer: false, languages, targetDpi: 200, needsNoReading: async (p) => (await readSheetCodeOfPage(p)) !== null });
  const u = process.cpuUsage(c);
  cpu += (u.user + u.system) / 1000;
  if (page.text !== "") throw new Error(`page ${i} was read as text`);
}
console.log(`${pages.length} blank scanned pages twice through readPage (JPEG out, prepare, sheet check, then OCR or the blank check): ${(cpu / (2 * pages.length)).toFixed(0)} ms CPU a page; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await shutdownOcr();
