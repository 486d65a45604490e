import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pageImageKey, pageTextKey } from '#domain/page-keys';
import { languageFolder, traineddataFile } from '#engines/ocr/languages';
import { estimateDpi, inkedArea, preparePage, speckFraction } from '#engines/images/prepare';
import { wordsOfTsv } from '#engines/ocr/recognize';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { degrade, renderPageImage } from '../../corpus/render.ts';

describe('estimateDpi', () => {
  it('trusts a declared resolution that fits a page', () => {
    expect(estimateDpi(2481, 3507, 300)).toBe(300);
  });
  it('ignores the 72 dpi a phone writes on a 12-megapixel photo and assumes an A4 page', () => {
    expect(estimateDpi(3024, 4032, 72)).toBeCloseTo(4032 / 11.69, 0);
  });
});

describe('preparePage', () => {
  const lines = ['Klage på vedtak', 'Jeg er uenig.'];
  it('brings a 150 dpi scan to about 300 dpi, one grey channel', async () => {
    const prepared = await preparePage(await renderPageImage(lines, { dpi: 150 }), { targetDpi: 300 });
    expect(prepared.dpi).toBeCloseTo(300, 0);
    expect(prepared.pixels.length).toBe(prepared.width * prepared.height);
    expect(prepared.width).toBeGreaterThan(2400);
  });
  it('leaves a page near the target alone and despeckles only a noisy one', async () => {
    const clean = await renderPageImage(lines, { dpi: 300 });
    const a = await preparePage(clean, { targetDpi: 300 });
    expect([a.width, a.despeckled]).toEqual([2481, false]);
    const b = await preparePage(await degrade(clean, { noise: 0.01, seed: 2 }), { targetDpi: 300 });
    expect(b.despeckled).toBe(true);
    expect(speckFraction(b.pixels, b.width, b.height)).toBeLessThan(0.0005);
  });
  it('below 200 dpi finds and removes specks at 200 dpi, then brings the page to the target', async () => {
    const noisy = await degrade(await renderPageImage(lines, { dpi: 300 }), { noise: 0.01, seed: 2 });
    const c = await preparePage(noisy, { targetDpi: 150 });
    expect(c.despeckled).toBe(true);
    expect(c.dpi).toBeCloseTo(150, 0);
    expect(c.width).toBe(Math.round(2481 / 2));
    expect(c.pixels.length).toBe(c.width * c.height);
  });
  it('applies EXIF orientation', async () => {
    const img = await sharp(await renderPageImage(lines, { dpi: 100 })).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const prepared = await preparePage(img, { targetDpi: 100 });
    expect(prepared.height).toBeGreaterThan(prepared.width);
  });
});

describe('language data from npm packages', () => {
  it('resolves every configured language to a packaged file, linked into one folder outside the working directory', () => {
    for (const lang of ['nor', 'eng', 'swe', 'dan']) expect(existsSync(traineddataFile(lang))).toBe(true);
    const dir = languageFolder(['nor', 'eng', 'swe', 'dan']);
    expect(dir.startsWith(process.cwd())).toBe(false);
    expect(existsSync(path.join(dir, 'dan.traineddata.gz'))).toBe(true);
    expect(() => traineddataFile('xyz')).toThrow(/not installed/);
  });
});

describe('S3 key layout', () => {
  it('keeps page text and image beside the document', () => {
    expect(pageTextKey('doc-1', 0)).toBe('documents/doc-1/pages/0.json');
    expect(pageImageKey('doc-1', 2)).toBe('documents/doc-1/pages/2.png');
  });
});

describe('inkedArea', () => {
  it('frames the text of a letter with its margins cut off, and nothing of a blank page', async () => {
    const prepared = await preparePage(await renderPageImage(['Klage på vedtak', 'Jeg er uenig.'], { dpi: 100 }), { targetDpi: 100 });
    const area = inkedArea(prepared)!;
    expect(area.left).toBeGreaterThan(0);
    expect(area.top).toBeGreaterThan(0);
    expect(area.top + area.height).toBeLessThan(prepared.height / 2);
    const blank = await preparePage(await renderPageImage([], { dpi: 100 }), { targetDpi: 100 });
    expect(inkedArea(blank)).toBeUndefined();
  });
});

describe('wordsOfTsv', () => {
  it('takes the word rows of Tesseract TSV with their boxes and confidences', () => {
    const tsv = ['1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t', '5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t96.5\tKlage', '5\t1\t1\t1\t1\t2\t45\t20\t8\t12\t-1\t '].join('\n');
    expect(wordsOfTsv(tsv)).toEqual([{ text: 'Klage', confidence: 0.965, bbox: { x0: 10, y0: 20, x1: 40, y1: 32 } }]);
  });
});
