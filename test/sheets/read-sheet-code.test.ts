import bwipjs from 'bwip-js';
import { describe, expect, it } from 'vitest';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { preparePage, toPng } from '#engines/images/prepare';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { degrade, renderPageImage } from '../../corpus/render.ts';
import { FAX_DPI, faxedSheets, printedSheet } from '../../corpus/faxed-sheets.ts';
import sharp from 'sharp';

describe('reading a sheet code from a faxed page', () => {
  it('reads every one of 50 degraded 200 dpi renders, as scanned and as prepared for OCR', async () => {
    const misses: string[] = [];
    let reads = 0;
    for await (const { sheet, seed, scan } of faxedSheets(5)) {
      const prepared = await toPng(await preparePage(scan, { targetDpi: FAX_DPI }));
      for (const [what, image] of [['scan', scan], ['prepared', prepared]] as const) {
        const found = await readSheetCode(image);
        reads += 1;
        if (found?.text !== encodeSheetCode(sheet)) misses.push(`${what} of ${encodeSheetCode(sheet)}, seed ${seed}: ${found?.text ?? 'nothing'}`);
      }
    }
    expect(reads).toBe(100);
    expect(misses).toEqual([]);
  });

  it('finds nothing on a letter page', async () => {
    const letter = await renderPageImage(['Klage på vedtak', '', 'Jeg klager på vedtaket om tannbehandling.'], { dpi: FAX_DPI });
    expect(await readSheetCode(await degrade(letter, { rotateDeg: 1.5, noise: 0.01, seed: 3 }))).toBeNull();
  });

  it("passes over somebody else's QR code and still finds ours on the same page", async () => {
    const foreign = await bwipjs.toBuffer({ bcid: 'qrcode', text: 'https://example.org/faktura/12345', scale: 6 });
    const page = await printedSheet({ kind: 'separator' });
    const withForeign = await sharp(page).composite([{ input: foreign, left: 60, top: 1900 }]).png().toBuffer();
    expect((await readSheetCode(withForeign))?.code).toEqual({ kind: 'separator' });
    const onlyForeign = await sharp({ create: { width: 1600, height: 2200, channels: 3, background: '#ffffff' } }).composite([{ input: foreign, left: 200, top: 200 }]).png().toBuffer();
    expect(await readSheetCode(onlyForeign)).toBeNull();
  });
});
