import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import { pageImagePng } from '#engines/images/page-image';
import { toPng } from '#engines/images/prepare';
import { renderPageImage } from '../../corpus/render.ts';

/** Issue 14: a scan rotated 90° or 180° was read as garbage (no orientation detection). */
const letter = [
  'Per Hansen', 'Storgata 1, 0155 Oslo', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  'Jeg klager på vedtaket fra Helfo datert 03.03.2025. Jeg mener at vedtaket er feil,',
  'og at jeg har rett til stønad for behandlingen som tannlegen har gjort.', '', 'Med hilsen', 'Per Hansen',
];

describe('a scan turned on its side or upside down', () => {
  afterAll(() => shutdownOcr());
  const config = loadConfig();
  const options = { hasTextLayer: false, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi };

  it.each([270, 0, 90, 180])('reads a page turned %i° as the letter it is', { timeout: 90_000 }, async (angle) => {
    const upright = await renderPageImage(letter, { dpi: 200 });
    const png = await sharp(upright).rotate(angle).png().toBuffer();
    const started = performance.now();
    const { page, prepared, turn } = await readPage(png, 'png', 0, options);
    // Printed, not asserted: what a turned page costs (README "Robustness").
    process.stderr.write(`orientation ${angle}°: confidence ${page.confidence.toFixed(2)}, ${Math.round(performance.now() - started)} ms\n`);
    expect(page.text).toContain('KLAGE PÅ VEDTAK');
    expect(page.text).toMatch(/Storgata 1, 0155 Oslo/);
    // The page OCR read is upright, so the word boxes belong to it.
    expect([prepared!.width, prepared!.height]).toEqual([page.width, page.height]);
    // The archivist's image, made later from the original and the turn the OCR found, is that same page.
    expect(Buffer.from(await pageImagePng(png, 'png', 0, { targetDpi: options.targetDpi, turn })).equals(await toPng(prepared!))).toBe(true);
  });
});
