import sharp from 'sharp';
import { paperLevel, type PreparedPage } from './prepare.ts';

/** Width of the binarised copy the skew is searched on: line spacing survives, the search stays ~0.1–0.2 s. */
const SEARCH_WIDTH = 800;
const STEP_DEG = 0.25;
export const MAX_SKEW_DEG = 5;
/** Ink pixels the search projects at most (a sample of a darker page's). */
const MAX_INK_PIXELS = 60_000;

/**
 * The page's skew in degrees, clockwise positive (sharp's sense): text lines that run downhill to the
 * right. The ink pixels of a downscaled copy are projected onto rows sheared by each candidate angle
 * (−5°..5° in 0.25° steps); the angle whose row histogram is sharpest (largest sum of squares) lines the
 * text up. It found every rendered skew of scripts/bench-skew.ts exactly, and 2.75° for QA scans at 2.7–2.8°.
 */
export async function estimateSkew(page: PreparedPage): Promise<number> {
  const scale = Math.min(1, SEARCH_WIDTH / page.width);
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(page.width * scale)) })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const ink = paperLevel(data) - 48;
  let inked = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! < ink) inked++;
  // A letter's copy holds ~24–55 k ink pixels (logo, table, stamp included); a page with a photo 460 k,
  // which took 0.5 s (2.5 s under load) over 41 angles. Every k-th ink pixel keeps the rows' profile.
  const every = Math.max(1, Math.ceil(inked / MAX_INK_PIXELS));
  const xs = new Int32Array(Math.ceil(inked / every));
  const ys = new Int32Array(xs.length);
  let n = 0;
  let seen = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x]! >= ink || seen++ % every) continue;
      xs[n] = x;
      ys[n++] = y;
    }
  }
  let best = 0;
  let bestScore = -1;
  const margin = Math.ceil(width * Math.tan((MAX_SKEW_DEG * Math.PI) / 180)) + 1;
  const rows = new Float64Array(height + 2 * margin);
  for (let step = -MAX_SKEW_DEG / STEP_DEG; step <= MAX_SKEW_DEG / STEP_DEG; step++) {
    const deg = step * STEP_DEG;
    const slope = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < n; i++) rows[Math.round(ys[i]! - xs[i]! * slope) + margin]! += 1;
    let score = 0;
    for (const r of rows) score += r * r;
    // Ties (a blank page scores alike at every angle) keep the angle nearest 0: no turn for nothing.
    if (score > bestScore || (score === bestScore && Math.abs(deg) < Math.abs(best))) {
      bestScore = score;
      best = deg;
    }
  }
  return best;
}

/**
 * The page turned back by `skew` degrees on white paper (the corners the turn brings in would otherwise
 * be black: ink to Tesseract), cut to its own size around the same centre, so a point keeps its place
 * up to the turn (engines/ocr/skew-reading.ts maps word boxes back by that).
 */
export async function straightenPage(page: PreparedPage, skew: number): Promise<PreparedPage> {
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .rotate(-skew, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.max(0, Math.floor((info.width - page.width) / 2));
  const top = Math.max(0, Math.floor((info.height - page.height) / 2));
  const pixels = Buffer.alloc(page.width * page.height, 255);
  for (let y = 0; y < Math.min(page.height, info.height); y++) {
    const from = (top + y) * info.width + left;
    data.copy(pixels, y * page.width, from, from + Math.min(page.width, info.width));
  }
  return { ...page, pixels };
}
