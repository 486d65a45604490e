import bwipjs from 'bwip-js';
import { describe, expect, it } from 'vitest';
import { readSheetCode, readSheetCodeOfPage } from '../../engines/sheets/read-sheet-code.ts';
import { preparePage, toPng } from '#engines/images/prepare';
import { loadConfig } from '../../config/load.ts';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { degrade, renderPageImage } from '../../corpus/render.ts';
import { FAX_DPI, faxedSheets, printedSheet } from '../../corpus/faxed-sheets.ts';
import sharp from 'sharp';

describe('reading a sheet code from a faxed page', () => {
  it('reads every one of 50 degraded 200 dpi renders: as scanned, as prepared for OCR, and as ExtractPage reads them', async () => {
    const misses: string[] = [];
    let reads = 0;
    const note = (what: string, expected: string, seed: number, found: { text: string } | null) => {
      reads += 1;
      if (found?.text !== expected) misses.push(`${what} of ${expected}, seed ${seed}: ${found?.text ?? 'nothing'}`);
    };
    for await (const { sheet, seed, scan } of faxedSheets(5)) {
      const expected = encodeSheetCode(sheet);
      const prepared = await preparePage(scan, { targetDpi: loadConfig().ocr.targetDpi });
      note('scan', expected, seed, await readSheetCode(scan));
      note('prepared', expected, seed, await readSheetCode(await toPng(prepared)));
      // The production path (stages/extract-page.ts): the prepared grey page itself, before OCR.
      note('prepared page', expected, seed, await readSheetCodeOfPage(prepared));
    }
    expect(reads).toBe(150);
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
