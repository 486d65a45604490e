/**
 * How much text a skewed scan loses to OCR's automatic page layout, and what would win it back. Renders
 * held-out letters (the eval split) as a scanner's 200 dpi greyscale JPEG (q60) turned 0–4°, plus the
 * QA's real skewed scans, and reads each page four ways through the product's own page path
 *   (engines/ocr, one worker):
 *   (a) PSM 3 alone (automatic layout; the product before session 22, readMissedText: false);
 *   (b) deskewed first: the skew estimated (engines/images/deskew.ts, projection profile −5°..5°,
 *       0.25° steps), the prepared page turned back with sharp on white paper, then read;
 *   (c) (a), replaced by a PSM 6 (one block) reading only when (a)'s word boxes leave inked cells unread
 *       (engines/ocr/unread-ink.ts: a grid of the inked area, rows a few pixels tall, tenths of the width);
 *   (p) the product's default: (a) behind (c)'s gate, the page straightened and read again with the
 *       automatic layout, PSM 6 only if still unread (engines/ocr/skew-reading.ts); what it kept is printed.
 * Per angle: word recall (share of the source's words of ≥ 4 letters found in the reading), source lines
 * lost (under half their long words found), seconds a page (wall, estimate and turn included).
 * A benchmark, not a test. Prints; writes nothing.
 *
 *   nice -n 19 npx tsx scripts/bench-skew.ts [--count 12] [--angles 0,1,2,3,4] [--qa /work/qa21]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { loadConfig } from '../config/load.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { degrade, linesDrawn, renderPageImage } from '../corpus/render.ts';
import { readPage, recognizePrepared, recognizePreparedAsOneBlock, shutdownOcr } from '../engines/ocr/index.ts';
import { missedText, unreadInkedShare } from '../engines/ocr/unread-ink.ts';
import { estimateSkew, straightenPage } from '../engines/images/deskew.ts';
import { preparedPageOf } from '../engines/images/page-image.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-skew', {
  options: {
    count: { type: 'string', default: '12' },
    seed: { type: 'string', default: '20251' },
    angles: { type: 'string', default: '0,1,2,3,4' },
    qa: { type: 'string', default: '/work/qa21' },
  },
});
process.env.POSTMOTTAK_OCR_WORKERS = '1';
const config = loadConfig();
// (a), (b), (c) measure the alternatives without the product's second look; (p) is the product's default.
const options = { readMissedText: false, hasTextLayer: false, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi, maxPixelsPerPage: config.limits.maxPixelsPerPage };

// ---------------------------------------------------------------------------------------------
// Scoring

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
const longWords = (text: string) => wordsOf(text).filter((w) => w.length >= 4);

function score(source: string[], reading: string): { long: number; found: number; lines: number; lost: number } {
  const read = new Set(wordsOf(reading));
  let long = 0;
  let found = 0;
  let lines = 0;
  let lost = 0;
  for (const line of source) {
    const words = longWords(line);
    if (!words.length) continue;
    const hits = words.filter((w) => read.has(w)).length;
    long += words.length;
    found += hits;
    lines++;
    if (hits < words.length / 2) lost++;
  }
  return { long, found, lines, lost };
}

interface Tally {
  long: number;
  found: number;
  lines: number;
  lost: number;
  pages: number;
  seconds: number;
  second: number;
}
const tallies = new Map<string, Map<string, Tally>>();
function add(row: string, variant: string, s: ReturnType<typeof score>, seconds: number, second = false): void {
  const byVariant = tallies.get(row) ?? new Map<string, Tally>();
  tallies.set(row, byVariant);
  const t = byVariant.get(variant) ?? { long: 0, found: 0, lines: 0, lost: 0, pages: 0, seconds: 0, second: 0 };
  byVariant.set(variant, t);
  t.long += s.long;
  t.found += s.found;
  t.lines += s.lines;
  t.lost += s.lost;
  t.pages += 1;
  t.seconds += seconds;
  if (second) t.second += 1;
}

const skewsFound = new Map<string, number[]>();
const unreadShares = new Map<string, number[]>();
const estimateSeconds = new Map<string, number>();
const aLostByPage = new Map<string, number[]>();
const productKept = new Map<string, string[]>();
async function measure(row: string, bytes: Buffer, format: 'jpeg' | 'png', source: string[]): Promise<void> {
  let started = performance.now();
  const a = await readPage(bytes, format, 0, options);
  const aSeconds = (performance.now() - started) / 1000;
  const aScore = score(source, a.page.text);
  add(row, 'a', aScore, aSeconds);
  aLostByPage.set(row, [...(aLostByPage.get(row) ?? []), aScore.lost]);

  // (b) every page: prepared as the product does, the skew estimated, turned straight, read.
  started = performance.now();
  const prepared = await preparedPageOf(bytes, format, 0, options);
  const estimating = performance.now();
  const skew = await estimateSkew(prepared);
  estimateSeconds.set(row, (estimateSeconds.get(row) ?? 0) + (performance.now() - estimating) / 1000);
  const b = await recognizePrepared(skew === 0 ? prepared : await straightenPage(prepared, skew), options.languages);
  add(row, 'b', score(source, b.text), (performance.now() - started) / 1000);
  skewsFound.set(row, [...(skewsFound.get(row) ?? []), skew]);

  // (c) (a), replaced by one block when the gate fires.
  started = performance.now();
  let text = a.page.text;
  const unread = a.prepared ? unreadInkedShare(a.prepared, a.page.words) : 0;
  const second = !!a.prepared && missedText(unread);
  if (second) text = (await recognizePreparedAsOneBlock(a.prepared!, options.languages)).text;
  add(row, 'c', score(source, text), aSeconds + (performance.now() - started) / 1000, second);
  unreadShares.set(row, [...(unreadShares.get(row) ?? []), unread]);

  // (p) the product's default path: (a) plus the second look (straightened, then one block if need be).
  started = performance.now();
  const p = await readPage(bytes, format, 0, { ...options, readMissedText: true });
  const look = p.secondLook && !('failed' in p.secondLook) ? p.secondLook : undefined;
  const fired = !!look?.fired;
  add(row, 'p', score(source, p.page.text), (performance.now() - started) / 1000, fired);
  if (p.secondLook && 'failed' in p.secondLook) productKept.set(row, [...(productKept.get(row) ?? []), 'failed']);
  if (look && fired) productKept.set(row, [...(productKept.get(row) ?? []), `${look.kept}${look.skew ? ` ${look.skew}°` : ''} ${(100 * look.unreadAfter).toFixed(0)}%`]);
}

// ---------------------------------------------------------------------------------------------

const count = Number(values.count);
const angles = values.angles.split(',').map(Number);
const all = generateCorpus({ seed: Number(values.seed), split: 'eval', count: 325 });
const step = Math.max(1, Math.floor(all.length / count));
const docs = all.filter((_, i) => i % step === 0).slice(0, count);
const DPI = 200;

// A worker's first page is slower (its buffers are made then): one page read before timing.
await readPage(await sharp({ create: { width: 400, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer(), 'png', 0, options);
console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const began = performance.now();
for (const [n, doc] of docs.entries()) {
  const lines = doc.pages[0]!;
  const style = { dpi: DPI, fontSize: doc.style.fontSize, serif: doc.style.serif };
  const clean = await renderPageImage(lines, style);
  const source = linesDrawn(lines, style);
  for (const angle of angles) {
    // Alternate the sign so both skews are measured; the light damage's specks and paper as the batch bench.
    const rotateDeg = n % 2 ? -angle : angle;
    const scanned = await degrade(clean, { rotateDeg, noise: 0.003, greyPaper: n % 4 === 0, seed: n + 1 });
    const jpeg = await sharp(scanned).jpeg({ quality: 60 }).withMetadata({ density: DPI }).toBuffer();
    await measure(`${angle}°`, jpeg, 'jpeg', source);
  }
  process.stderr.write(`${n + 1}/${docs.length} letters (${((performance.now() - began) / 1000).toFixed(0)} s)\n`);
}
const qaFiles = [
  ['2026-11-23/2026-11-23_02.jpg', 'A02.txt'],
  ['2026-11-30/2026-11-30_06.jpg', 'C06.txt'],
] as const;
for (const [file, src] of qaFiles) {
  const path = `${values.qa}/batches/${file}`;
  if (!existsSync(path)) continue;
  const source = (await readFile(`${values.qa}/src/${src}`, 'utf8')).split('\n');
  await measure(`QA ${src.replace('.txt', '')}`, await readFile(path), 'jpeg', source);
}
await shutdownOcr();
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${docs.length} held-out letters (eval split, seed ${values.seed}), first page, ${DPI} dpi greyscale JPEG q60, light specks; one worker`);
console.log('(a) PSM 3 alone (the product before s22)  (b) deskewed first  (c) PSM 6 second reading when > 8% of inked cells unread  (p) product: (a), and when > 8% unread straightened and read again (PSM 6 only if still > 8%)');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
for (const [row, byVariant] of tallies) {
  const skews = skewsFound.get(row) ?? [];
  const cells = ['a', 'b', 'c', 'p'].map((v) => {
    const t = byVariant.get(v)!;
    return `${v}: recall ${pct(t.found, t.long).padStart(6)} lost ${String(t.lost).padStart(3)}/${t.lines} ${(t.seconds / t.pages).toFixed(2)} s${v === 'c' || v === 'p' ? ` (2nd read ${t.second}/${t.pages})` : ''}`;
  });
  console.log(`${row.padEnd(7)} ${cells.join(' | ')} | skew found ${skews.map((s) => s.toFixed(2)).join(' ')} (estimate ${((estimateSeconds.get(row) ?? 0) / Math.max(1, skews.length)).toFixed(2)} s) | (a) unread ${(unreadShares.get(row) ?? []).map((u) => (100 * u).toFixed(0) + '%').join(' ')}, lines lost ${(aLostByPage.get(row) ?? []).join(' ')} | (p) kept ${(productKept.get(row) ?? []).join(', ') || '-'}`);
}
