import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mayHoldSheetCode } from '#engines/sheets/code-ink-check';
import { readSheetCode } from '#engines/sheets/read-sheet-code';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { FAX_DPI, faxedCopy, faxedSheets, printedSheet } from '../../corpus/faxed-sheets.ts';
import { generateCorpus } from '../../corpus/generate.ts';
import { degrade, renderPageImage } from '../../corpus/render.ts';

async function check(image: Buffer): Promise<boolean> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  return mayHoldSheetCode(data, info.width, info.height, FAX_DPI);
}

describe('the cheap test whether a page can hold a sheet code', () => {
  it('passes every faxed cover and separator sheet, and a sheet printed at 70% and faxed', async () => {
    const missed: number[] = [];
    for await (const { seed, scan } of faxedSheets(5)) if (!(await check(scan))) missed.push(seed);
    expect(missed).toEqual([]);
    const page = await printedSheet({ kind: 'separator' });
    const meta = await sharp(page).metadata();
    const reduced = await sharp(page).resize(Math.round(meta.width! * 0.7)).toBuffer();
    const onPage = await sharp({ create: { width: meta.width!, height: meta.height!, channels: 3, background: '#ffffff' } })
      .composite([{ input: reduced, left: 120, top: 150 }])
      .withDensity(FAX_DPI)
      .png()
      .toBuffer();
    for (const seed of [1, 2, 3]) expect(await check(await faxedCopy(onPage, seed))).toBe(true);
  });

  it('lets letter pages through unsearched: generated letters scanned with dust, skew and grey paper', async () => {
    const passed: string[] = [];
    let pages = 0;
    for (const [i, doc] of generateCorpus({ seed: 77, split: 'eval', count: 12 }).entries()) {
      const lines = doc.pages[0]!;
      const scan = await degrade(await renderPageImage(lines, { dpi: FAX_DPI, fontSize: doc.style.fontSize, serif: doc.style.serif }), { rotateDeg: 0.6, noise: 0.01, greyPaper: i % 2 === 0, seed: i + 1 });
      pages += 1;
      if (await check(scan)) passed.push(doc.documentType);
    }
    expect(pages).toBe(12);
    expect(passed).toEqual([]);
  });

  it('passes a solid dark patch of 3 mm wherever it falls, never one of 1 mm', async () => {
    const blank = { width: 1654, height: 2339, channels: 1 as const, background: 255 };
    const withSquare = async (mm: number, left: number, top: number) => {
      const side = Math.round((mm / 25.4) * FAX_DPI);
      const square = await sharp({ create: { width: side, height: side, channels: 3, background: '#000000' } }).png().toBuffer();
      return sharp({ create: { ...blank, channels: 3, background: '#ffffff' } }).composite([{ input: square, left, top }]).png().toBuffer();
    };
    // Every placement against the 1 mm (8 px) grid.
    for (let shift = 0; shift < 8; shift += 1) {
      expect(await check(await withSquare(3, 500 + shift, 700 + shift))).toBe(true);
      expect(await check(await withSquare(1, 500 + shift, 700 + shift))).toBe(false);
    }
  });

  it('passes and reads a sheet printed with low toner: ink about 140 on paper about 240', async () => {
    const page = await printedSheet({ kind: 'separator' });
    // Black 0 -> 140, white 255 -> 240: the whole sheet as a printer running out of toner gives it.
    const light = await sharp(page).greyscale().linear(100 / 255, 140).withDensity(FAX_DPI).png().toBuffer();
    const { data } = await sharp(light).raw().toBuffer({ resolveWithObject: true });
    expect(data.reduce((m, v) => Math.min(m, v), 255)).toBeGreaterThanOrEqual(138);
    expect(await check(light)).toBe(true);
    expect((await readSheetCode(light))?.text).toBe(encodeSheetCode({ kind: 'separator' }));
  });
});
