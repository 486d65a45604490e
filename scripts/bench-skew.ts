/**
 * How much text a skewed scan loses to OCR's automatic page layout, and what would win it back. Renders
 * held-out letters (the eval split) as a scanner's 200 dpi greyscale JPEG (q60) turned 0–4°, plus the
 * QA's real skewed scans, and reads each page three ways through the product's own page path
 * (engines/ocr readPage, one worker):
 *   (a) as the product reads it today (PSM 3, automatic layout);
 *   (b) deskewed first: the skew estimated by a projection-profile search (−5°..5°, 0.25° steps) on a
 *       downscaled binarised copy, the page turned back with sharp on white paper, then (a)'s path;
 *   (c) (a), and a PSM 6 (one block) second reading only when (a)'s word boxes leave inked cells unread
 *       (a grid of the inked area: rows a few pixels tall, tenths of the width).
 * Per angle: word recall (share of the source's words of ≥ 4 letters found in the reading), source lines
 * lost (under half their long words found), seconds a page (wall, estimate and turn included).
 * A benchmark, not a test; nothing here is used by the product. Prints; writes nothing.
 *
 *   nice -n 19 npx tsx scripts/bench-skew.ts [--count 12] [--angles 0,1,2,3,4] [--qa /work/qa21]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { PSM } from 'tesseract.js';
import { loadConfig } from '../config/load.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { degrade, linesDrawn, renderPageImage } from '../corpus/render.ts';
import { readPage, shutdownOcr, type WordBox } from '../engines/ocr/index.ts';
import { OCR_PARAMETERS, ocrPool } from '../engines/ocr/pool.ts';
import { recognize } from '../engines/ocr/recognize.ts';
import { inkedArea, paperLevel, toPgm, type PreparedPage } from '../engines/images/prepare.ts';
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
const options = { hasTextLayer: false, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi, maxPixelsPerPage: config.limits.maxPixelsPerPage };

// ---------------------------------------------------------------------------------------------
// Deskew: projection-profile search

const SEARCH_WIDTH = 800;
const STEP_DEG = 0.25;
const MAX_DEG = 5;

/**
 * The page's skew in degrees, clockwise positive (sharp's sense): text lines that run downhill to the
 * right. Ink pixels of a downscaled, binarised copy are projected onto rows sheared by each candidate
 * angle; the angle whose row histogram is sharpest (largest sum of squares) lines the text up.
 */
async function estimateSkew(image: Uint8Array): Promise<number> {
  const { data, info } = await sharp(image).toColourspace('b-w').resize({ width: SEARCH_WIDTH }).normalise().threshold(140).raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x]! !== 0) continue;
      xs.push(x);
      ys.push(y);
    }
  }
  let best = 0;
  let bestScore = -1;
  const margin = Math.ceil(width * Math.tan((MAX_DEG * Math.PI) / 180)) + 1;
  const rows = new Float64Array(height + 2 * margin);
  for (let deg = -MAX_DEG; deg <= MAX_DEG + 1e-9; deg += STEP_DEG) {
    const slope = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i]! - xs[i]! * slope) + margin]! += 1;
    let score = 0;
    for (const r of rows) score += r * r;
    // Ties (a blank page scores alike at every angle) keep the angle nearest 0: no turn for nothing.
    if (score > bestScore || (score === bestScore && Math.abs(deg) < Math.abs(best))) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.round(best / STEP_DEG) * STEP_DEG;
}

/** The page turned back by `skew` on white paper, cropped to its original size: a greyscale PNG with its resolution. */
async function straighten(image: Uint8Array, skew: number): Promise<Buffer> {
  const meta = await sharp(image).metadata();
  const width = meta.width!;
  const height = meta.height!;
  const { data, info } = await sharp(image).toColourspace('b-w').rotate(-skew, { background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const left = Math.max(0, Math.floor((info.width - width) / 2));
  const top = Math.max(0, Math.floor((info.height - height) / 2));
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract({ left, top, width: Math.min(width, info.width), height: Math.min(height, info.height) })
    .toColourspace('b-w')
    .withMetadata({ density: meta.density ?? 200 })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

// ---------------------------------------------------------------------------------------------
// (c): inked rows no word box covers

/**
 * Share of the inked area's cells (a grid of rows a few pixels tall and tenths of the width) that hold
 * ink but meet no word box of the reading. Cells, not whole rows: on a skewed page a line's read
 * neighbours cover every row of a lost line somewhere along the width.
 */
function unreadInkedShare(page: PreparedPage, words: readonly WordBox[]): number {
  // The whole page when cropping would save little (inkedArea's undefined), as Tesseract then reads it.
  const area = inkedArea(page) ?? { left: 0, top: 0, width: page.width, height: page.height };
  const ink = paperLevel(page.pixels) - 48;
  const cellHeight = Math.max(4, Math.round(page.dpi / 50));
  const columns = 10;
  const cellWidth = Math.ceil(area.width / columns);
  const rows = Math.ceil(area.height / cellHeight);
  const covered = new Uint8Array(rows * columns);
  for (const w of words) {
    const r0 = Math.max(0, Math.floor((w.bbox.y0 - area.top) / cellHeight));
    const r1 = Math.min(rows - 1, Math.floor((w.bbox.y1 - area.top) / cellHeight));
    const c0 = Math.max(0, Math.floor((w.bbox.x0 - area.left) / cellWidth));
    const c1 = Math.min(columns - 1, Math.floor((w.bbox.x1 - area.left) / cellWidth));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) covered[r * columns + c] = 1;
  }
  const dark = new Uint32Array(rows * columns);
  for (let y = area.top; y < area.top + area.height; y++) {
    const row = y * page.width;
    const r = Math.floor((y - area.top) / cellHeight);
    for (let x = area.left; x < area.left + area.width; x++) if (page.pixels[row + x]! < ink) dark[r * columns + Math.floor((x - area.left) / cellWidth)]! += 1;
  }
  let inked = 0;
  let unread = 0;
  // A cell of text has ink on at least 2% of its pixels (dust specks do not).
  const minimum = cellHeight * cellWidth * 0.02;
  for (let i = 0; i < dark.length; i++) {
    if (dark[i]! < minimum) continue;
    inked++;
    if (!covered[i]) unread++;
  }
  return inked ? unread / inked : 0;
}
/** Above this share of inked cells unread, a second reading in one block is worth its cost. */
const UNREAD_SHARE = 0.08;

async function readOneBlock(page: PreparedPage): Promise<string> {
  return ocrPool({ languages: options.languages }).run(async (worker) => {
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
    try {
      return (await recognize(worker, toPgm(page), { dpi: page.dpi, rectangle: inkedArea(page) })).text;
    } finally {
      await worker.setParameters({ tessedit_pageseg_mode: OCR_PARAMETERS.tessedit_pageseg_mode });
    }
  });
}

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
async function measure(row: string, bytes: Buffer, format: 'jpeg' | 'png', source: string[]): Promise<void> {
  let started = performance.now();
  const a = await readPage(bytes, format, 0, options);
  const aSeconds = (performance.now() - started) / 1000;
  const aScore = score(source, a.page.text);
  add(row, 'a', aScore, aSeconds);
  aLostByPage.set(row, [...(aLostByPage.get(row) ?? []), aScore.lost]);

  started = performance.now();
  const skew = await estimateSkew(bytes);
  estimateSeconds.set(row, (estimateSeconds.get(row) ?? 0) + (performance.now() - started) / 1000);
  const straight = skew === 0 ? bytes : await straighten(bytes, skew);
  const b = await readPage(straight, skew === 0 ? format : 'png', 0, options);
  add(row, 'b', score(source, b.page.text), (performance.now() - started) / 1000);
  skewsFound.set(row, [...(skewsFound.get(row) ?? []), skew]);

  started = performance.now();
  let text = a.page.text;
  const unread = a.prepared ? unreadInkedShare(a.prepared, a.page.words) : 0;
  const second = !!a.prepared && unread > UNREAD_SHARE;
  if (second) text = await readOneBlock(a.prepared!);
  add(row, 'c', score(source, text), aSeconds + (performance.now() - started) / 1000, second);
  unreadShares.set(row, [...(unreadShares.get(row) ?? []), unread]);
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
console.log('(a) product today (PSM 3)  (b) deskewed first  (c) PSM 6 second reading when > 8% of inked cells unread');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
for (const [row, byVariant] of tallies) {
  const skews = skewsFound.get(row) ?? [];
  const cells = ['a', 'b', 'c'].map((v) => {
    const t = byVariant.get(v)!;
    return `${v}: recall ${pct(t.found, t.long).padStart(6)} lost ${String(t.lost).padStart(3)}/${t.lines} ${(t.seconds / t.pages).toFixed(2)} s${v === 'c' ? ` (2nd read ${t.second}/${t.pages})` : ''}`;
  });
  console.log(`${row.padEnd(7)} ${cells.join(' | ')} | skew found ${skews.map((s) => s.toFixed(2)).join(' ')} (estimate ${((estimateSeconds.get(row) ?? 0) / Math.max(1, skews.length)).toFixed(2)} s) | (a) unread ${(unreadShares.get(row) ?? []).map((u) => (100 * u).toFixed(0) + '%').join(' ')}, lines lost ${(aLostByPage.get(row) ?? []).join(' ')}`);
}
