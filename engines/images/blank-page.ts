import type { PreparedPage } from './prepare.ts';

/** Grey levels a pixel must be below the paper beside it to count as a mark. */
export const BLANK_CONTRAST = 32;
/** Grey levels below the paper beside it for a faint mark: a faded copy's text, 20–26 levels darker. */
export const FAINT_CONTRAST = 16;
/** Faint marks a row needs, as a share of its width: a line of faint text has 3.6% or more, dust and JPEG noise on grey paper at most 1.2%. */
const FAINT_ROW_SHARE = 0.02;

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
 *
 * A faded copy's text may be only 20–26 levels darker than its paper (issue 14 review): a row also
 * counts when FAINT_ROW_SHARE of it are faint marks (FAINT_CONTRAST). Faint marks alone are not
 * enough in a few per thousand: JPEG noise on a dusty grey sheet makes up to 20 in a row of 1,670
 * pixels at 16 levels. Contrasts are in the scan's own grey levels: a page whose faint ink was
 * stretched (preparePage, contrastGain) has them multiplied by its gain; a pixel at the stretched
 * page's full range from the paper is a mark whatever the gain, since its ink is that dark.
 */
export function isBlankPage(page: Pick<PreparedPage, 'pixels' | 'width' | 'height' | 'dpi' | 'contrastGain'>): boolean {
  const { pixels, width, height } = page;
  if (!width || !height) return true;
  const d = Math.max(2, Math.round(page.dpi * 0.04));
  if (width <= 2 * d) return false;
  const minInRow = Math.max(2, Math.round(width * 0.003));
  const minFaintInRow = Math.max(minInRow, Math.round(width * FAINT_ROW_SHARE));
  const gain = page.contrastGain ?? 1;
  const strong = Math.min(BLANK_CONTRAST * gain, 254);
  const faint = Math.min(FAINT_CONTRAST * gain, 254);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let strongCount = 0;
    let faintCount = 0;
    for (let x = d; x < width - d; x++) {
      const i = row + x;
      const contrast = Math.max(pixels[i - d]!, pixels[i + d]!) - pixels[i]!;
      if (contrast > faint) {
        if (++faintCount >= minFaintInRow) return false;
        if (contrast > strong && ++strongCount >= minInRow) return false;
      }
    }
  }
  return true;
}
