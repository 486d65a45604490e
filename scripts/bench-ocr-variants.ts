/**
 * Where a page's OCR time goes, and what a Tesseract setting changes: the first pages of a batch scan
 * (scripts/bench-batch-scan.ts --batch-dir DIR makes one) prepared as the product prepares them, each
 * read by every variant in turn — one tesseract.js worker a variant, the order reversed page by page
 * and round by round — with the OCR call's process CPU, its mean word confidence, and its text's
 * character difference from the first variant's. Start with an A/A pair (the same settings twice,
 * e.g. `base,copy=1`): its difference is the noise of the method (3% in session 8).
 *
 *   npx tsx scripts/bench-ocr-variants.ts FILE.pdf 'base,copy=1,lang=nor,p:pageseg_apply_music_mask=0' [--rounds 2] [--pages 10]
 *
 * A variant is `;`-joined parts: `lang=nor+eng` (languages), `dpi=170` (preparation resolution),
 * `p:NAME=VALUE` (a Tesseract parameter on top of the product's, engines/ocr/pool.ts), `layout=1`
 * (layout analysis only, no recognition), anything else a label. Prints; writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { characterErrorRate } from '../corpus/cer.ts';
import { inkedArea, preparePage, toPgm, type PreparedPage } from '../engines/images/prepare.ts';
import { languageFolder } from '../engines/ocr/languages.ts';
import { OCR_PARAMETERS } from '../engines/ocr/pool.ts';
import { recognize } from '../engines/ocr/recognize.ts';
import { scannedPageImage } from '../engines/pdf/scanned-page-image.ts';
import { loadConfig } from '../config/load.ts';
import { scriptArgs } from './script-args.ts';

const { values, positionals } = scriptArgs('bench-ocr-variants', { allowPositionals: true, options: { rounds: { type: 'string', default: '2' }, pages: { type: 'string', default: '10' } } });
const [file, list] = positionals;
if (!file || !list) {
  console.error('usage: npx tsx scripts/bench-ocr-variants.ts FILE.pdf VARIANT,VARIANT,... [--rounds 2] [--pages 10]');
  process.exit(2);
}
const config = loadConfig();
const names = list.split(',');
const rounds = Number(values.rounds);

interface Variant {
  worker: Worker;
  dpi: number;
  layoutOnly: boolean;
}
async function variantOf(name: string): Promise<Variant> {
  let languages = [...config.ocr.languages];
  let dpi = config.ocr.targetDpi;
  let layoutOnly = false;
  // The product's settings, which a variant's p: parts override.
  const parameters: Record<string, string> = { ...OCR_PARAMETERS };
  for (const part of name.split(';')) {
    const [key, value = ''] = part.split('=') as [string, string?];
    if (key === 'lang') languages = value.split('+');
    else if (key === 'dpi') dpi = Number(value);
    else if (key === 'layout') layoutOnly = true;
    else if (key.startsWith('p:')) parameters[key.slice(2)] = value;
  }
  const worker = await createWorker(languages, OEM.LSTM_ONLY, { langPath: languageFolder(languages), gzip: true, cacheMethod: 'none', logger: () => undefined, errorHandler: () => undefined });
  await worker.setParameters(parameters as never);
  return { worker, dpi, layoutOnly };
}

async function read(variant: Variant, page: PreparedPage): Promise<{ text: string; confidence: number }> {
  if (!variant.layoutOnly) return recognize(variant.worker, toPgm(page), { dpi: page.dpi, rectangle: inkedArea(page) });
  await variant.worker.recognize(toPgm(page), { rectangle: inkedArea(page) }, { text: false, tsv: false, blocks: false, layoutBlocks: true } as never);
  return { text: '', confidence: 0 };
}

const variants = new Map<string, Variant>();
for (const name of names) variants.set(name, await variantOf(name));
const bytes = await readFile(file);
/** Each page prepared once for every resolution a variant asks for. */
const pages: Map<number, PreparedPage>[] = [];
for (let index = 0; index < Number(values.pages); index++) {
  const taken = await scannedPageImage(bytes, index).catch(() => null);
  if (!taken) break;
  const byDpi = new Map<number, PreparedPage>();
  for (const { dpi } of variants.values()) if (!byDpi.has(dpi)) byDpi.set(dpi, await preparePage(taken.image, { targetDpi: dpi, knownDpi: taken.dpi }));
  pages.push(byDpi);
}
if (pages.length === 0) {
  console.error(`${file}: no page is a scanner's JPEG`);
  process.exit(2);
}

// A worker's first page is slower (its buffers are made then): each reads one page before timing.
for (const variant of variants.values()) await read(variant, pages[0]!.get(variant.dpi)!);
const totals = new Map(names.map((n) => [n, { cpu: 0, confidence: 0 }]));
const texts = new Map(names.map((n) => [n, [] as string[]]));
console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (let round = 0; round < rounds; round++) {
  for (const [index, byDpi] of pages.entries()) {
    for (const name of (index + round) % 2 ? [...names].reverse() : names) {
      const variant = variants.get(name)!;
      const cpu = process.cpuUsage();
      const result = await read(variant, byDpi.get(variant.dpi)!);
      const used = process.cpuUsage(cpu);
      const total = totals.get(name)!;
      total.cpu += (used.user + used.system) / 1000;
      total.confidence += result.confidence;
      if (round === 0) texts.get(name)!.push(result.text);
    }
  }
}
const reads = pages.length * rounds;
const first = texts.get(names[0]!)!.join('\n');
console.log(`${pages.length} pages of ${file} x ${rounds} rounds, one worker a variant; load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [name, { cpu, confidence }] of totals) {
  const difference = characterErrorRate(first, texts.get(name)!.join('\n'));
  console.log(`${name.padEnd(44)} OCR ${(cpu / reads).toFixed(0).padStart(5)} ms CPU a page  confidence ${(confidence / reads).toFixed(3)}  text differs from ${names[0]} by ${(100 * difference).toFixed(3)}%`);
}
for (const { worker } of variants.values()) await worker.terminate();
