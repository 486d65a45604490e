import { greyPercentile, paperLevel } from '../images/prepare.ts';

/**
 * A cheap test whether a page can hold one of our sheet codes, so the barcode reader (~0.1 s a try,
 * two tries a page, on the main thread) runs only where a code can be.
 *
 * Our sheets print a QR code 60 mm wide (engines/sheets/sheet-pdf.ts); its three finder patterns each
 * have a solid dark centre of 3×3 modules. At the code's 1.5–1.8 mm modules that centre is a solid
 * square of 4.4–5.4 mm, still ≥ 3 mm when a sheet is printed at 70% (fit to page, a reduced copy).
 * A page without a solid dark patch of that size anywhere cannot hold our code, whatever else is on
 * it; text never makes one (strokes of even a 34 pt bold heading are under 2 mm).
 *
 * The test averages the page in 1 mm blocks and looks for 2×2 adjacent blocks that are all dark
 * (a solid square of ≥ 3 mm always covers two whole blocks in each direction, wherever it falls on
 * the grid). Dark is under half the paper's brightness: a fax's specks, blur and grey paper move a
 * solid patch's mean far less than that. A sheet printed with low toner (ink ~140 on paper ~240) has
 * no such patch, so on a page whose darkest ink (1st percentile) is itself light, a block is also
 * dark within a quarter of the way from that ink to the paper, up to 0.7 × the paper; a page that
 * passes wrongly costs one barcode read. The OCR preparation's ink level (paper − 48) or 0.7 × paper
 * alone is not used: at either, all of twelve scanned letter pages pass (blocks of a line of text
 * average 0.55–0.68 of the paper), while their 1st percentile is 19–81, far below their paper.
 * A page that passes is not a sheet yet — a logo or a filled box passes too — it is only read.
 */
export function mayHoldSheetCode(pixels: Uint8Array, width: number, height: number, dpi: number): boolean {
  if (!width || !height || pixels.length < width * height) return true;
  const block = Math.max(2, Math.round(dpi / 25.4));
  const columns = Math.floor(width / block);
  const rows = Math.floor(height / block);
  if (columns < 2 || rows < 2) return true;
  const paper = paperLevel(pixels);
  const ink = greyPercentile(pixels, 0.01);
  const level = Math.min(0.7 * paper, Math.max(paper / 2, ink + (paper - ink) / 4));
  const dark = level * block * block;
  const sums = new Uint32Array(columns);
  let previous: Uint8Array | null = null;
  for (let row = 0; row < rows; row++) {
    sums.fill(0);
    for (let y = row * block; y < (row + 1) * block; y++) {
      const offset = y * width;
      for (let column = 0, x = 0; column < columns; column++) {
        let sum = 0;
        for (const end = x + block; x < end; x++) sum += pixels[offset + x]!;
        sums[column]! += sum;
      }
    }
    const current = new Uint8Array(columns);
    for (let column = 0; column < columns; column++) current[column] = sums[column]! < dark ? 1 : 0;
    if (previous) {
      for (let column = 0; column + 1 < columns; column++) {
        if (current[column] && current[column + 1] && previous[column] && previous[column + 1]) return true;
      }
    }
    previous = current;
  }
  return false;
}
