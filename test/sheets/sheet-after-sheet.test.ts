import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { printedSheet } from '../../corpus/faxed-sheets.ts';
import { renderPageImage, toScannedPdf } from '../../corpus/render.ts';
import { renderPdfPage } from '#engines/pdf/pages';
import { readSheetCode, readSheetCodeOfPage } from '../../engines/sheets/read-sheet-code.ts';
import { preparedPageOf } from '#engines/images/page-image';
import { loadConfig } from '../../config/load.ts';

/**
 * A batch scan's pages are read one after another in one process: a letter read right after a
 * separator sheet must not be taken for one (zxing-wasm, given raw pixels, showed the previous page's
 * code on the next page of the same size, and the letter's text was dropped as a sheet's).
 */
describe('reading sheet codes page after page', () => {
  it('finds the code on the separator sheet only, in whatever order the pages come', async () => {
    const separator = await sharp(await printedSheet({ kind: 'separator' }, 300)).jpeg({ quality: 75 }).toBuffer();
    const letter = await sharp(await renderPageImage(['Kari Nordmann', 'Klage på vedtak', 'Med hilsen'], { dpi: 300 })).jpeg().toBuffer();
    const pdf = await toScannedPdf([letter, separator, letter]);
    const pages = [await renderPdfPage(pdf, 0, 200), await renderPdfPage(pdf, 1, 200), await renderPdfPage(pdf, 2, 200)];
    const found = [];
    for (const index of [0, 1, 2, 1, 0]) found.push((await readSheetCode(pages[index]!))?.code ?? null);
    expect(found).toEqual([null, { kind: 'separator' }, null, { kind: 'separator' }, null]);
  });

  it('does the same on the prepared pages ExtractPage reads codes from (stages/extract-page.ts)', async () => {
    const separator = await sharp(await printedSheet({ kind: 'separator' }, 300)).jpeg({ quality: 75 }).toBuffer();
    const letter = await sharp(await renderPageImage(['Kari Nordmann', 'Klage på vedtak', 'Med hilsen'], { dpi: 300 })).jpeg().toBuffer();
    const pdf = await toScannedPdf([letter, separator, letter]);
    const options = { targetDpi: loadConfig().ocr.targetDpi };
    const pages = [await preparedPageOf(pdf, 'pdf', 0, options), await preparedPageOf(pdf, 'pdf', 1, options), await preparedPageOf(pdf, 'pdf', 2, options)];
    const found = [];
    for (const index of [0, 1, 2, 1, 0]) found.push((await readSheetCodeOfPage(pages[index]!))?.code ?? null);
    expect(found).toEqual([null, { kind: 'separator' }, null, { kind: 'separator' }, null]);
  });
});
