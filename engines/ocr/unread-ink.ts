import { inkedArea, paperLevel, type PreparedPage } from '../images/prepare.ts';
import type { WordBox } from './page-text.ts';

/**
 * Above this share of inked cells that no word box meets, a reading has lost text worth a second look
 * (engines/ocr/skew-reading.ts). scripts/bench-skew.ts: pages that lost lines to the layout left 23–61%
 * unread; no page at 0–2° went over 8% (0 of 36), so an upright page pays only this count (~20–40 ms).
 */
export const UNREAD_SHARE = 0.08;

/** Columns of the grid: a tenth of the inked width. */
const COLUMNS = 10;

/**
 * Share of the inked area's cells (rows a few pixels tall, tenths of the width) that hold ink but meet no
 * word box of the reading. Cells, not whole rows: on a skewed page a lost line's read neighbours cover
 * each of its rows somewhere along the width. 0 when the page has no ink.
 */
export function unreadInkedShare(page: Pick<PreparedPage, 'pixels' | 'width' | 'height' | 'dpi'>, words: readonly WordBox[]): number {
  // The whole page when cropping would save little (inkedArea's undefined), as Tesseract then reads it.
  const area = inkedArea(page) ?? { left: 0, top: 0, width: page.width, height: page.height };
  if (!area.width || !area.height) return 0;
  const ink = paperLevel(page.pixels) - 48;
  const cellHeight = Math.max(4, Math.round(page.dpi / 50));
  const cellWidth = Math.ceil(area.width / COLUMNS);
  const rows = Math.ceil(area.height / cellHeight);
  const covered = new Uint8Array(rows * COLUMNS);
  for (const w of words) {
    const r0 = Math.max(0, Math.floor((w.bbox.y0 - area.top) / cellHeight));
    const r1 = Math.min(rows - 1, Math.floor((w.bbox.y1 - area.top) / cellHeight));
    const c0 = Math.max(0, Math.floor((w.bbox.x0 - area.left) / cellWidth));
    const c1 = Math.min(COLUMNS - 1, Math.floor((w.bbox.x1 - area.left) / cellWidth));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) covered[r * COLUMNS + c] = 1;
  }
  // Every other pixel of every other row: a stroke at 200 dpi is 2–3 px wide, and a quarter of the
  // pixels halves the count's time on every page read (~30 -> ~15 ms, under load).
  const dark = new Uint32Array(rows * COLUMNS);
  for (let y = area.top; y < area.top + area.height; y += 2) {
    const row = y * page.width;
    const r = Math.floor((y - area.top) / cellHeight) * COLUMNS;
    for (let x = area.left; x < area.left + area.width; x += 2) if (page.pixels[row + x]! < ink) dark[r + Math.floor((x - area.left) / cellWidth)]! += 1;
  }
  let inked = 0;
  let unread = 0;
  // A cell of text has ink on at least 2% of its (sampled) pixels; dust specks do not.
  const minimum = (cellHeight * cellWidth * 0.02) / 4;
  for (let i = 0; i < dark.length; i++) {
    if (dark[i]! < minimum) continue;
    inked++;
    if (!covered[i]) unread++;
  }
  return inked ? unread / inked : 0;
}

/** The gate: the reading left enough ink unread that reading the page again is worth its seconds. */
export const missedText = (share: number): boolean => share > UNREAD_SHARE;
