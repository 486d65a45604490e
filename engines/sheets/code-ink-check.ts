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
 * solid patch's mean far less than that. A page that passes is not a sheet yet — a logo or a
 * filled box passes too — it is only read.
 */
export function mayHoldSheetCode(pixels: Uint8Array, width: number, height: number, dpi: number): boolean {
  if (!width || !height || pixels.length < width * height) return true;
  const block = Math.max(2, Math.round(dpi / 25.4));
  const columns = Math.floor(width / block);
  const rows = Math.floor(height / block);
  if (columns < 2 || rows < 2) return true;
  const paper = paperLevel(pixels);
  const dark = (paper / 2) * block * block;
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

/** The paper's grey level: the 90th percentile of a sample (as engines/images/prepare.ts inkedArea). */
function paperLevel(pixels: Uint8Array): number {
  const sample: number[] = [];
  for (let i = 0; i < pixels.length; i += 997) sample.push(pixels[i]!);
  sample.sort((a, b) => a - b);
  return sample[Math.floor(sample.length * 0.9)] ?? 255;
}
