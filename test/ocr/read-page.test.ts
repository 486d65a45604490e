import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrStats, PageText, readPage, shutdownOcr } from '#engines/ocr/index';
import { characterErrorRate } from '../../corpus/cer.ts';
import { degrade, renderPageImage, renderPhoto, renderTextPdf, toJpeg, toScannedPdf, toTiffG4 } from '../../corpus/render.ts';

// One worker for the whole file: the test of reuse below counts creations, and the machine is small.
process.env.POSTMOTTAK_OCR_WORKERS = '1';

const options = { hasTextLayer: false, languages: ['nor', 'eng'], targetDpi: 300 };
// Short letters keep each OCR call around a second. Synthetic national id (month + 80).
const appeal = ['Klage på vedtak om sykepenger', '', 'Fødselsnummer: 12838512345', 'Jeg er uenig i vedtaket datert 12.03.2025.', 'Med vennlig hilsen Åse Ødegård'];
const declaration = ['LEGEERKLÆRING', '', 'Diagnose: K05.3 Kronisk periodontitt', 'Funksjonsevnen ved tygging er nedsatt.'];
const text = (lines: string[]) => lines.join(' ');

let workersBefore = 0;
beforeAll(() => {
  workersBefore = ocrStats().workersCreated;
});
afterAll(async () => {
  await shutdownOcr();
});

describe('readPage', () => {
  it('a PDF page with a text layer uses it: no OCR, no image', async () => {
    const pdf = await renderTextPdf([appeal, declaration]);
    const { page, prepared } = await readPage(pdf, 'pdf', 1, { ...options, hasTextLayer: true });
    expect(page.source).toBe('text_layer');
    expect(page.confidence).toBe(1);
    expect(characterErrorRate(text(declaration), page.text)).toBe(0);
    expect(prepared).toBeUndefined();
  });

  it('a clean PNG: text, word boxes inside the page, and the prepared image', async () => {
    const { page, prepared } = await readPage(await renderPageImage(appeal), 'png', 0, options);
    expect(PageText.parse(page)).toEqual(page);
    expect(page.source).toBe('ocr');
    expect(characterErrorRate(text(appeal), page.text)).toBeLessThan(0.03);
    expect(page.confidence).toBeGreaterThan(0.8);
    expect(page.words.length).toBeGreaterThanOrEqual(text(appeal).split(/\s+/).length - 2);
    for (const w of page.words) {
      expect(w.bbox.x0).toBeGreaterThanOrEqual(0);
      expect(w.bbox.x1).toBeLessThanOrEqual(page.width);
      expect(w.bbox.y1).toBeLessThanOrEqual(page.height);
    }
    const id = page.words.find((w) => w.text.includes('12838512345'));
    expect(id?.bbox.y0).toBeGreaterThan(page.words.find((w) => w.text === 'Klage')!.bbox.y1);
    // The page OCR read, one grey channel, in whose pixels the word boxes are.
    expect([prepared!.width, prepared!.height, prepared!.pixels.length]).toEqual([page.width, page.height, page.width * page.height]);
  });

  it('a degraded phone photo (EXIF-rotated JPEG, skewed, noisy, blurred, grey paper) reads within a generous error bound', async () => {
    const scan = await degrade(await renderPageImage(appeal), { rotateDeg: 1.2, noise: 0.02, blur: 0.7, jpegQuality: 55, greyPaper: true, seed: 11 });
    const { page } = await readPage(await toJpeg(scan, { exifOrientation: 6, quality: 70 }), 'jpeg', 0, options);
    expect(characterErrorRate(text(appeal), page.text)).toBeLessThan(0.1);
    expect(page.height).toBeGreaterThan(page.width);
  });

  it('the right page of a multi-page G4 TIFF', async () => {
    const tiff = await toTiffG4([await renderPageImage(appeal), await renderPageImage(declaration)]);
    const { page } = await readPage(tiff, 'tiff', 1, options);
    expect(characterErrorRate(text(declaration), page.text)).toBeLessThan(0.05);
  });

  it('a scanned PDF page is rendered and read', async () => {
    const pdf = await toScannedPdf([await renderPageImage(declaration, { dpi: 200 })]);
    const { page, prepared } = await readPage(pdf, 'pdf', 0, options);
    expect(page.source).toBe('ocr');
    expect(characterErrorRate(text(declaration), page.text)).toBeLessThan(0.05);
    expect(prepared?.pixels).toBeInstanceOf(Buffer);
  });

  it('a photo without text yields (almost) nothing, for the classifier to send to review', async () => {
    const { page } = await readPage(await renderPhoto({ seed: 3 }), 'jpeg', 0, options);
    expect(page.source).toBe('ocr');
    expect(page.text.replace(/\W/g, '').length).toBeLessThan(10);
    expect(page.words.length).toBeLessThan(4);
  });

  it('creates the OCR worker once per process and reuses it', async () => {
    await readPage(await renderPageImage(['Ettersendelse']), 'png', 0, options);
    await readPage(await renderPageImage(['Samtykke']), 'png', 0, options);
    expect(ocrStats().workersCreated - workersBefore).toBe(1);
  });
});
