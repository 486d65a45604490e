import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { isBlankPage } from '#engines/images/blank-page';
import { paperLevel, preparePage } from '#engines/images/prepare';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import { renderPageImage } from '../../corpus/render.ts';

process.env.POSTMOTTAK_OCR_WORKERS = '1';
const options = { hasTextLayer: false, languages: ['nor', 'eng'], targetDpi: 200 };

/** A faded copy: an A4 page scanned at 300 dpi, paper of one grey level, two short lines at another. */
async function fadedCopy(paper: number, ink: number): Promise<Buffer> {
  const grey = (v: number) => `rgb(${v},${v},${v})`;
  const line = (y: number, text: string) => `<text x="250" y="${y}" font-family="DejaVu Sans" font-size="40" fill="${grey(ink)}">${text}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2480" height="3508"><rect width="100%" height="100%" fill="${grey(paper)}"/>
${line(400, 'Klage på vedtak om sykepenger')}${line(470, 'Saksnummer 24/1234')}</svg>`;
  return sharp(Buffer.from(svg)).withDensity(300).png().toBuffer();
}

afterAll(async () => {
  await shutdownOcr();
});

describe('a faded copy', () => {
  it('is stretched to black ink on white paper before OCR, while a page with dark ink is left as it is', async () => {
    const faded = await preparePage(await fadedCopy(240, 215), { targetDpi: 200 });
    expect(faded.contrastGain).toBeGreaterThan(5);
    expect(paperLevel(faded.pixels)).toBe(255);
    expect(faded.pixels.reduce((darkest, v) => Math.min(darkest, v), 255)).toBe(0);
    expect(isBlankPage(faded)).toBe(false);
    const dark = await preparePage(await renderPageImage(['Klage på vedtak'], { dpi: 200 }), { targetDpi: 200 });
    expect(dark.contrastGain ?? 1).toBe(1);
  });

  it.each([
    [255, 215],
    [230, 170],
    [245, 225],
  ])('on paper %i with ink %i is read in full by readPage', async (paper, ink) => {
    const { page } = await readPage(await fadedCopy(paper, ink), 'png', 0, options);
    expect(page.text).toMatch(/Klage på vedtak om sykepenger/);
    expect(page.text).toMatch(/24\/1234/);
  });
});
