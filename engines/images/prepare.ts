import { availableParallelism } from 'node:os';
import sharp from 'sharp';

// sharp runs libvips on one thread on glibc Linux without jemalloc (its default here and in Lambda);
// one per core halves the preparation of a noisy page (median filter): 350 -> 190 ms (bench pages).
sharp.concurrency(availableParallelism());

/**
 * Turns a page image (a TIFF/JPEG/PNG page, or a rendered PDF page) into what Tesseract reads best:
 * upright (EXIF orientation applied), one grey channel, at about the target resolution, with dust
 * specks removed when the scan has them and a faded copy's faint ink stretched to black (stretchFaintInk). Measured (MEASURED.md): a median filter takes a noisy scan
 * from 20% character errors to 0% and halves the OCR time, so it is applied when specks are found.
 */
export interface PreparedPage {
  /** 8-bit grey pixels, row-major. */
  pixels: Buffer;
  width: number;
  height: number;
  /** Resolution the pixels now have. */
  dpi: number;
  despeckled: boolean;
  /**
   * What grey differences were multiplied by to stretch a faded copy's faint ink to black (absent or 1:
   * not stretched); engines/images/blank-page.ts divides its contrasts by it.
   */
  contrastGain?: number;
}

export interface PrepareOptions {
  page?: number;
  targetDpi: number;
  maxInputPixels?: number;
  /** Resolution to assume when known from elsewhere (a PDF page rendered at a chosen scale). */
  knownDpi?: number;
}

const A4_LONG_SIDE_INCHES = 11.69;

/**
 * The resolution of a scan. The file's own figure is trusted only when it fits the page size: phones
 * write 72 dpi on 12-megapixel photos. Otherwise assume the long side is an A4 page.
 */
export function estimateDpi(width: number, height: number, declared: number | undefined): number {
  const fromSize = Math.max(width, height) / A4_LONG_SIDE_INCHES;
  if (declared && declared >= 100 && declared <= 1200) {
    const inches = Math.max(width, height) / declared;
    // Anything from a receipt to A3 is a plausible page.
    if (inches >= 4 && inches <= 17) return declared;
  }
  return fromSize;
}

export async function preparePage(input: Uint8Array, options: PrepareOptions): Promise<PreparedPage> {
  const open = () => sharp(input, { page: options.page ?? 0, failOn: 'none', limitInputPixels: options.maxInputPixels ?? 268_402_689 });
  const meta = await open().metadata();
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  const dpi = options.knownDpi ?? estimateDpi(width, height, meta.density);
  let scale = options.targetDpi / dpi;
  // Resampling costs time and sharpness: leave a page that is already close to the target alone.
  // Upscaling beyond 2x invents nothing Tesseract can use.
  if (scale > 0.87 && scale < 1.15) scale = 1;
  scale = Math.min(scale, 2);

  // Specks are judged and removed at no less than DESPECKLE_DPI, then the page is brought to the target:
  // below it a downscale blurs specks past detection and a 3x3 median eats thin strokes (9 pt serif,
  // noisy scan, 150 dpi: CER 10.3% when despeckled at 150 dpi, 0.3% when at 200 dpi, then downscaled).
  const despeckleScale = options.targetDpi < DESPECKLE_DPI && dpi > options.targetDpi ? Math.min(1, DESPECKLE_DPI / dpi) : scale;
  let pipeline = open().autoOrient().flatten({ background: '#ffffff' }).toColourspace('b-w');
  if (despeckleScale !== 1) {
    pipeline = pipeline.resize({ width: Math.round(width * despeckleScale), height: Math.round(height * despeckleScale), kernel: despeckleScale < 1 ? 'lanczos3' : 'cubic' });
  }
  let { data, info } = await pipeline.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const despeckled = speckFraction(data, info.width, info.height) > 0.0015;
  const grey = (pixels: Buffer, w: number, h: number) => sharp(pixels, { raw: { width: w, height: h, channels: 1 } });
  if (despeckled) data = Buffer.from(median3x3(data, info.width, info.height).buffer);
  // A separate pass: sharp would resize before the median within one pipeline.
  if (despeckleScale !== scale) {
    ({ data, info } = await grey(data, info.width, info.height)
      .resize({ width: Math.round(width * scale), height: Math.round(height * scale), kernel: 'lanczos3' })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true }));
  }
  const contrastGain = stretchFaintInk(data);
  return { pixels: data, width: info.width, height: info.height, dpi: dpi * scale, despeckled, ...(contrastGain !== 1 ? { contrastGain } : {}) };
}

/** A gap between ink and paper narrower than this is stretched (a faded copy, a low-toner print). */
const STRETCH_BELOW = 128;
/** Nor a gap narrower than this: differences are multiplied by at most 255 / MIN_STRETCHED_GAP (~16). */
const MIN_STRETCHED_GAP = 16;
/**
 * Share of the page's pixels darker than its ink level (~40 on an A4 page at 200 dpi): the darkest ink,
 * not noise. A line of faint text has thousands of ink pixels; a page number in dark ink (130) makes the
 * gap wide, so a page of grey dusty paper with a dark page number is left as it is: stretched, the
 * number would be clamped to the level of the dust and the blank check would lose it.
 */
const INK_SHARE = 0.00001;

/**
 * A faded copy (paper 255, ink 215; paper 230, ink 204) reads as nothing: Tesseract's thresholding
 * finds no text 20–60 grey levels darker than the paper (issue 14 review). Mapping the ink to black and
 * the paper to white first makes it read in full. Ink is the level INK_SHARE of the pixels are darker
 * than, counted over all pixels (a 1-in-997 sample would miss the darkest few dozen);
 * paper is paperLevel. A page with dark ink (every page of the corpus) has a gap far wider than
 * STRETCH_BELOW and is left alone; a dust speck left on a faded page only makes its gap wider, so that
 * page is left alone too (as before). A gap under MIN_STRETCHED_GAP is paper grain or JPEG noise on a
 * white page with a few dark marks (a page number), not a faded copy: left alone, so the gain is
 * bounded. In place; returns the gain (1: unchanged).
 */
export function stretchFaintInk(pixels: Uint8Array): number {
  if (!pixels.length) return 1;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < pixels.length; i++) histogram[pixels[i]!]!++;
  const darker = pixels.length * INK_SHARE;
  let ink = 0;
  let seen = histogram[0]!;
  while (ink < 255 && seen <= darker) seen += histogram[++ink]!;
  const paper = paperLevel(pixels);
  const gap = paper - ink;
  if (gap >= STRETCH_BELOW || gap < MIN_STRETCHED_GAP) return 1;
  const gain = 255 / gap;
  const levels = new Uint8Array(256);
  for (let v = 0; v < 256; v++) levels[v] = Math.max(0, Math.min(255, Math.round(255 - (paper - v) * gain)));
  for (let i = 0; i < pixels.length; i++) pixels[i] = levels[pixels[i]!]!;
  return gain;
}

/**
 * A 3x3 median of one grey channel, edges repeated: the same pixels as sharp's median(3) (libvips
 * rank), at under half its CPU (31 against 72 ms a 200 dpi A4 page, 36 noisy pages, every pixel
 * equal; test/ocr/median.test.ts). Each column's three values are sorted once a row; a pixel's median
 * is the median of the largest low, the middle middle and the smallest high of its three columns.
 */
export function median3x3(pixels: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(width * height);
  const lo = new Uint8Array(width);
  const mid = new Uint8Array(width);
  const hi = new Uint8Array(width);
  // Written out with scalar swaps: tuples allocated per pixel made it slower than libvips (118 ms).
  let t: number;
  for (let y = 0; y < height; y++) {
    const up = (y > 0 ? y - 1 : y) * width;
    const row = y * width;
    const down = (y < height - 1 ? y + 1 : y) * width;
    for (let x = 0; x < width; x++) {
      let a = pixels[up + x]!;
      let b = pixels[row + x]!;
      let c = pixels[down + x]!;
      if (a > b) { t = a; a = b; b = t; }
      if (b > c) { t = b; b = c; c = t; }
      if (a > b) { t = a; a = b; b = t; }
      lo[x] = a;
      mid[x] = b;
      hi[x] = c;
    }
    for (let x = 0; x < width; x++) {
      const left = x > 0 ? x - 1 : x;
      const right = x < width - 1 ? x + 1 : x;
      let a = Math.max(lo[left]!, lo[x]!, lo[right]!);
      let c = Math.min(hi[left]!, hi[x]!, hi[right]!);
      // The middle of the three columns' middles.
      let p = mid[left]!;
      let q = mid[x]!;
      let r = mid[right]!;
      if (p > q) { t = p; p = q; q = t; }
      if (q > r) { t = q; q = r; r = t; }
      if (p > q) { t = p; p = q; q = t; }
      let b = q;
      if (a > b) { t = a; a = b; b = t; }
      if (b > c) { t = b; b = c; c = t; }
      if (a > b) { t = a; a = b; b = t; }
      out[row + x] = b;
    }
  }
  return out;
}

/** Resolution at which specks are found and filtered when the OCR resolution is lower. */
const DESPECKLE_DPI = 200;

/**
 * Share of pixels that differ sharply from all four neighbours (dust, salt-and-pepper noise), from
 * every fourth row: text strokes at 300 dpi are several pixels wide and never isolated.
 */
export function speckFraction(pixels: Uint8Array, width: number, height: number): number {
  let specks = 0;
  let sampled = 0;
  const step = 40;
  for (let y = 1; y < height - 1; y += 4) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      const p = pixels[i]!;
      const n = pixels[i - width]!;
      const s = pixels[i + width]!;
      const w = pixels[i - 1]!;
      const e = pixels[i + 1]!;
      sampled++;
      if ((p + step < Math.min(n, s, w, e)) || (p - step > Math.max(n, s, w, e))) specks++;
    }
  }
  return sampled ? specks / sampled : 0;
}

export interface Rectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A grey level of the page: the given fraction (0–1) of a sample of its pixels is darker. The 90th
 * percentile is the paper's level (most of a page is paper, the rest ink).
 */
export function greyPercentile(pixels: Uint8Array, fraction: number): number {
  const sample: number[] = [];
  for (let i = 0; i < pixels.length; i += 997) sample.push(pixels[i]!);
  sample.sort((a, b) => a - b);
  return sample[Math.floor(sample.length * fraction)] ?? 255;
}

/** The paper's grey level. */
export const paperLevel = (pixels: Uint8Array): number => greyPercentile(pixels, 0.9);

/**
 * The part of the page that holds ink, padded, for Tesseract to read instead of the whole sheet:
 * binarisation and layout analysis cost time per pixel, and a letter's margins are a third of it.
 * Ink is anything clearly darker than the paper (paperLevel − 48), so faint pencil or stamps count
 * too; a stray speck only widens the area. Undefined when cropping would save little.
 */
export function inkedArea(page: Pick<PreparedPage, 'pixels' | 'width' | 'height' | 'dpi'>): Rectangle | undefined {
  const { pixels, width, height } = page;
  if (!width || !height) return undefined;
  const ink = paperLevel(pixels) - 48;
  if (ink <= 0) return undefined;
  const rows = new Uint32Array(height);
  const cols = new Uint32Array(width);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let count = 0;
    for (let x = 0; x < width; x++) {
      if (pixels[row + x]! < ink) {
        count++;
        cols[x]!++;
      }
    }
    rows[y] = count;
  }
  // A row or column counts from a few dark pixels per thousand on: leftover specks (a noisy scan after
  // the median filter) do not stretch the area, while any line of text has far more.
  const first = (a: Uint32Array, min: number) => a.findIndex((c) => c >= min);
  const last = (a: Uint32Array, min: number) => a.length - 1 - [...a].reverse().findIndex((c) => c >= min);
  const minInRow = Math.max(2, Math.round(width * 0.003));
  const minInCol = Math.max(2, Math.round(height * 0.003));
  const top = first(rows, minInRow);
  if (top < 0) return undefined;
  const pad = Math.round(page.dpi * 0.15);
  const x0 = Math.max(0, first(cols, minInCol) - pad);
  const y0 = Math.max(0, top - pad);
  const x1 = Math.min(width, last(cols, minInCol) + 1 + pad);
  const y1 = Math.min(height, last(rows, minInRow) + 1 + pad);
  if ((x1 - x0) * (y1 - y0) > 0.9 * width * height) return undefined;
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

/** PGM (binary greymap): Leptonica reads it with no decompression, so no time goes to a PNG round trip. */
export function toPgm(page: Pick<PreparedPage, 'pixels' | 'width' | 'height'>): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${page.width} ${page.height}\n255\n`, 'latin1'), page.pixels]);
}

/** The prepared page as the PNG stored for the archivist's page (word boxes are in its pixels). */
export function toPng(page: PreparedPage): Promise<Buffer> {
  return sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    // Without an explicit colourspace sharp writes one grey channel three times.
    .toColourspace('b-w')
    // A tiny image (a 1x1 PNG) scales to well under 1 dpi; sharp refuses a density of 0.
    .withDensity(Math.max(1, Math.round(page.dpi)))
    // Level 3 instead of 6: half the encoding time (121 -> 57 ms on a noisy page, run beside the OCR
    // and competing with it for a core) for files 1-2% larger (bench pages).
    .png({ compressionLevel: 3 })
    .toBuffer();
}
