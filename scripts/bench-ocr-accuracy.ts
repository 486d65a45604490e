/**
 * Does a change to the page path lose accuracy? OCRs held-out corpus letters (the eval split, the
 * families `npm run eval` scores; their truth comes from the generator) once per variant of the
 * page path, page by page, and prints for each: character error rate against the printed text, type
 * and area right (the promoted model), national-id recall, and OCR seconds a page. Variants run
 * alternately on each page (a-b then b-a), one worker, so load hits them alike.
 *
 *   npx tsx scripts/bench-ocr-accuracy.ts [--count 24] [--variants current,render] [--as-batch-scan]
 *
 * Variants: `current` (the configuration's languages, the page path as it is); `render` (a PDF page
 * rendered by pdf.js as before, not its JPEG taken out); `lang:nor+eng` (other languages); `dpi:150`
 * (another OCR resolution); `no-second-look` (without the second look at a reading that left ink
 * unread, engines/ocr/skew-reading.ts: the page path before session 22). Each variant's line says on how
 * many pages the second look fired.
 * --as-batch-scan puts each letter on paper as scripts/bench-batch-scan.ts does (200 dpi greyscale JPEG
 * pages in a PDF; --scan-dpi 300 --scan-quality 75 for the original the cost model stores) instead of the corpus's own scan plan (TIFF/PNG/JPEG/PDF at 200-300 dpi, light to
 * heavy damage). No OCR data is written: corpus/data stays as it is.
 */
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { loadConfig } from '../config/load.ts';
import { characterErrorRate } from '../corpus/cer.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { degrade, renderPageImage, toScannedPdf } from '../corpus/render.ts';
import { effectiveFormat, planScan, renderScan } from '../corpus/scan.ts';
import { classifyDocument } from '../domain/classify/index.ts';
import { findNationalIds } from '../domain/fields/national-id.ts';
import { readPage, shutdownOcr } from '../engines/ocr/index.ts';
import { renderPdfPage } from '../engines/pdf/pages.ts';
import type { FileFormat } from '../schemas/pipeline.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-ocr-accuracy', {
  options: {
    count: { type: 'string', default: '24' },
    seed: { type: 'string', default: '20251' },
    variants: { type: 'string', default: 'current,render' },
    'as-batch-scan': { type: 'boolean', default: false },
    // The batch scan's resolution and JPEG quality (the cost model stores 300 dpi q75 originals).
    'scan-dpi': { type: 'string', default: '200' },
    'scan-quality': { type: 'string', default: '60' },
  },
});
process.env.POSTMOTTAK_OCR_WORKERS = '1';
const config = loadConfig();
const variants = values.variants.split(',');
const count = Number(values.count);

/** One page through a variant of the page path: its text and the seconds it took. */
async function read(variant: string, bytes: Uint8Array, format: FileFormat, pageIndex: number): Promise<{ text: string; seconds: number; cpuSeconds: number; secondLook: boolean }> {
  const languages = variant.startsWith('lang:') ? variant.slice(5).split('+') : config.ocr.languages;
  const targetDpi = variant.startsWith('dpi:') ? Number(variant.slice(4)) : config.ocr.targetDpi;
  const options = { hasTextLayer: false, languages, targetDpi, maxPixelsPerPage: config.limits.maxPixelsPerPage, readMissedText: variant !== 'no-second-look' };
  const started = performance.now();
  const cpu = process.cpuUsage();
  // The page path before the JPEG was taken out of a scanner's PDF: pdf.js renders the page at the
  // target resolution (the PNG's size gives back that resolution: an A4 page).
  const page =
    variant === 'render' && format === 'pdf'
      ? await readPage(await renderPdfPage(bytes, pageIndex, targetDpi, config.limits.maxPixelsPerPage), 'png', 0, options)
      : await readPage(bytes, format, pageIndex, options);
  const used = process.cpuUsage(cpu);
  // Process CPU (all threads: the OCR worker, libvips, the main thread): what one Lambda vCPU would spend on the page.
  const look = page.secondLook;
  const secondLook = !!look && !('failed' in look) && look.fired;
  return { text: page.page.text, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, secondLook };
}

// Every k-th held-out letter, so the sample spreads over types, languages and scan plans.
const all = generateCorpus({ seed: Number(values.seed), split: 'eval', count: 325 });
const step = Math.max(1, Math.floor(all.length / count));
const docs = all.filter((_, i) => i % step === 0).slice(0, count);

interface Tally {
  cerSum: number;
  typeRight: number;
  areaRight: number;
  ids: number;
  idsFound: number;
  pages: number;
  seconds: number;
  cpuSeconds: number;
  secondLooks: number;
  secondLookSeconds: number;
}
/** Each letter's CER by its language, per variant: a language change must keep every language's. */
const cerByLanguage = new Map<string, Map<string, number[]>>();
const tallies = new Map<string, Tally>(variants.map((v) => [v, { cerSum: 0, typeRight: 0, areaRight: 0, ids: 0, idsFound: 0, pages: 0, seconds: 0, cpuSeconds: 0, secondLooks: 0, secondLookSeconds: 0 }]));
// Warm every variant's worker before timing.
const warm = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } }).png().toBuffer();
for (const v of variants) await read(v, warm, 'png', 0);

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const started = performance.now();
for (const [n, doc] of docs.entries()) {
  let bytes: Uint8Array;
  let format: FileFormat;
  if (values['as-batch-scan']) {
    const pages: Buffer[] = [];
    for (const [i, lines] of doc.pages.entries()) {
      const clean = await renderPageImage(lines, { dpi: Number(values['scan-dpi']), fontSize: doc.style.fontSize, serif: doc.style.serif });
      const scanned = await degrade(clean, { rotateDeg: (((n + i) % 7) - 3) * 0.2, noise: 0.003, greyPaper: (n + i) % 4 === 0, seed: n * 10 + i + 1 });
      pages.push(await sharp(scanned).jpeg({ quality: Number(values['scan-quality']) }).toBuffer());
    }
    bytes = await toScannedPdf(pages);
    format = 'pdf';
  } else {
    const plan = { ...planScan(doc), textLayer: false };
    format = effectiveFormat(doc, plan);
    bytes = await renderScan(doc, { ...plan, format });
  }
  const order = n % 2 === 0 ? variants : [...variants].reverse();
  const texts = new Map<string, string[]>();
  for (let page = 0; page < doc.pages.length; page++) {
    for (const v of order) {
      const { text, seconds, cpuSeconds, secondLook } = await read(v, bytes, format, page);
      texts.set(v, [...(texts.get(v) ?? []), text]);
      const t = tallies.get(v)!;
      if (secondLook) {
        t.secondLooks += 1;
        t.secondLookSeconds += seconds;
      }
      t.seconds += seconds;
      t.cpuSeconds += cpuSeconds;
      t.pages += 1;
    }
  }
  for (const v of variants) {
    const text = texts.get(v)!.join('\n\f\n');
    const t = tallies.get(v)!;
    const cer = characterErrorRate(docText(doc), text);
    t.cerSum += cer;
    const byLanguage = (cerByLanguage.get(v) ?? new Map<string, number[]>()).set(doc.language, [...(cerByLanguage.get(v)?.get(doc.language) ?? []), cer]);
    cerByLanguage.set(v, byLanguage);
    const c = classifyDocument(text, config);
    if (c.documentType === doc.documentType) t.typeRight += 1;
    if (c.area === doc.area) t.areaRight += 1;
    const found = new Set(findNationalIds(text));
    t.ids += doc.truth.nationalIds.length;
    t.idsFound += doc.truth.nationalIds.filter((id) => found.has(id)).length;
  }
  process.stderr.write(`${n + 1}/${docs.length} letters (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
await shutdownOcr();
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
console.log(`${docs.length} held-out letters (eval split, seed ${values.seed}, every ${step}th), ${[...tallies.values()][0]!.pages} pages, ${values['as-batch-scan'] ? `as a batch scan (${values['scan-dpi']} dpi JPEG q${values['scan-quality']} in PDF)` : 'as the corpus scans them'}; OCR target ${config.ocr.targetDpi} dpi, one worker`);
for (const [v, t] of tallies) {
  console.log(`${v.padEnd(22)} CER ${((100 * t.cerSum) / docs.length).toFixed(2)}% (mean over letters)  type ${pct(t.typeRight, docs.length)}  area ${pct(t.areaRight, docs.length)}  national ids ${pct(t.idsFound, t.ids)}  ${(t.seconds / t.pages).toFixed(2)} s a page (CPU ${(t.cpuSeconds / t.pages).toFixed(2)} s, all threads)  second look on ${t.secondLooks}/${t.pages} pages${t.secondLooks ? ` (${(t.secondLookSeconds / t.secondLooks).toFixed(2)} s a page there)` : ''}`);
}
for (const [v, byLanguage] of cerByLanguage) {
  const parts = [...byLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([lang, cers]) => `${lang} ${((100 * cers.reduce((a, b) => a + b, 0)) / cers.length).toFixed(2)}% (${cers.length})`);
  console.log(`${v.padEnd(22)} CER by language: ${parts.join('  ')}`);
}
