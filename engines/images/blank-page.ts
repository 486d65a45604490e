import type { PreparedPage } from './prepare.ts';

/** Grey levels a pixel must be below the paper beside it to count as a mark. */
export const BLANK_CONTRAST = 32;

/**
 * A page with nothing on it to read: the back of a one-sided letter in a duplex scan. Tesseract still
 * thresholds and lays out such a page (~0.1–0.2 s of CPU) to find no word, so it is not sent.
 *
 * A mark is a pixel darker by BLANK_CONTRAST than the paper ~1 mm to its left or right: ink has edges,
 * while uneven lighting, grey paper and a skewed page's background corner change slowly, so a page's
 * own paper level (engines/images/prepare.ts paperLevel) would call a shaded blank sheet inked. Blank:
 * no row holds a few marks per thousand pixels — stricter than inkedArea's ink (48 levels), so a faded
 * copy whose text is only a little darker than its paper is still read. A page number, a stamp, a
 * signature or faint pencil each reach that in their rows; dust left after despeckling, paper grain
 * and JPEG noise do not. Show-through from the other side or a scanner's dark border may: such a page
 * is read, as every page was before.
 */
export function isBlankPage(page: Pick<PreparedPage, 'pixels' | 'width' | 'height' | 'dpi'>): boolean {
  const { pixels, width, height } = page;
  if (!width || !height) return true;
  const d = Math.max(2, Math.round(page.dpi * 0.04));
  if (width <= 2 * d) return false;
  const minInRow = Math.max(2, Math.round(width * 0.003));
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let count = 0;
    for (let x = d; x < width - d; x++) {
      const i = row + x;
      if (Math.max(pixels[i - d]!, pixels[i + d]!) - pixels[i]! > BLANK_CONTRAST && ++count >= minInRow) return false;
    }
  }
  return true;
}
