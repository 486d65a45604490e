/**
 * What the second look at unread ink (engines/ocr/index.ts readPage, readMissedText) costs a page of the
 * cost model's original: held-out letters (split 'eval', seed 4242, as measure-ocr-page-density.ts) scanned
 * as a 300 dpi greyscale JPEG q75 page in a PDF with the benchmarks' light damage, read through readPage
 * with readMissedText false and true, paired page by page in alternating order (a-b, then b-a), one
 * worker. Prints process CPU (all threads) and wall a page of each, the difference (the gate on a page
 * that does not fire, plus the re-reads of those that do) and how many pages fired and were read again.
 *
 *   nice -n 19 npx tsx scripts/measure-second-look-cost.ts [--documents 4] [--dpi 300]
 *
 * A script, not a test: the figures depend on the machine and its load (printed before and after).
 */
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { loadConfig } from '../config/load.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { scannedPage, toScannedPdf } from '../corpus/render.ts';
import { readPage, shutdownOcr } from '../engines/ocr/index.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('measure-second-look-cost', { options: { documents: { type: 'string', default: '4' }, dpi: { type: 'string', default: '300' } } });
const dpi = Number(values.dpi);
process.env.POSTMOTTAK_OCR_WORKERS = '1';
const config = loadConfig();
const options = { hasTextLayer: false, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi, maxPixelsPerPage: config.limits.maxPixelsPerPage };
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const variants = [false, true] as const;
const tallies = new Map(variants.map((v) => [v, { pages: 0, cpu: 0, wall: 0, fired: 0, reread: 0 }]));
// Warm the worker before timing.
await readPage(await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } }).png().toBuffer(), 'png', 0, options);
console.log(`load average before: ${load()}`);
let seed = 1;
let n = 0;
for (const doc of generateCorpus({ seed: 4242, split: 'eval', count: Number(values.documents) })) {
  for (const lines of doc.pages) {
    const image = await scannedPage(lines, { dpi, fontSize: doc.style.fontSize, serif: doc.style.serif, seed: seed++ });
    const pdf = await toScannedPdf([await sharp(image).toColourspace('b-w').jpeg({ quality: 75 }).toBuffer()]);
    for (const readMissedText of n++ % 2 === 0 ? variants : [...variants].reverse()) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const read = await readPage(pdf, 'pdf', 0, { ...options, readMissedText });
      const used = process.cpuUsage(cpu);
      const t = tallies.get(readMissedText)!;
      t.pages += 1;
      t.cpu += (used.user + used.system) / 1e6;
      t.wall += (performance.now() - started) / 1000;
      const look = read.secondLook;
      if (look && 'fired' in look && look.fired) t.fired += 1;
      if (look && look.kept !== 'first') t.reread += 1;
    }
  }
}
await shutdownOcr();
console.log(`load average after: ${load()}`);
const off = tallies.get(false)!;
const on = tallies.get(true)!;
const per = (x: number, pages: number) => ((x / pages) * 1000).toFixed(0);
console.log(`${dpi} dpi greyscale JPEG q75 in PDF, OCR target ${config.ocr.targetDpi} dpi, one worker, ${on.pages} pages each way, per page:`);
console.log(`  readMissedText false  ${per(off.cpu, off.pages)} ms CPU  ${per(off.wall, off.pages)} ms wall`);
console.log(`  readMissedText true   ${per(on.cpu, on.pages)} ms CPU  ${per(on.wall, on.pages)} ms wall  (gate fired on ${on.fired}, a second reading kept on ${on.reread})`);
console.log(`  difference            ${per(on.cpu - off.cpu, on.pages)} ms CPU  ${per(on.wall - off.wall, on.pages)} ms wall`);
