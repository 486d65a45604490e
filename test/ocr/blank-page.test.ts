import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { isBlankPage } from '#engines/images/blank-page';
import { preparePage } from '#engines/images/prepare';
import { ocrStats, readPage, shutdownOcr } from '#engines/ocr/index';
import { degrade, renderPageImage } from '../../corpus/render.ts';

process.env.POSTMOTTAK_OCR_WORKERS = '1';
const options = { hasTextLayer: false, languages: ['nor', 'eng'], targetDpi: 200 };
const prepared = async (png: Buffer) => preparePage(png, { targetDpi: 200 });

/** A page of one grey level with text drawn at another (a faded copy). */
async function faintPage(paper: number, ink: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1654" height="2339"><rect width="100%" height="100%" fill="rgb(${paper},${paper},${paper})"/>
<text x="180" y="300" font-family="DejaVu Sans" font-size="30" fill="rgb(${ink},${ink},${ink})">Klage på vedtak om sykepenger</text></svg>`;
  return sharp(Buffer.from(svg)).toColourspace('b-w').withDensity(200).png().toBuffer();
}

afterAll(async () => {
  await shutdownOcr();
});

describe('isBlankPage', () => {
  it('finds nothing on a white page, nor on grey uneven paper with dust and JPEG noise (a duplex back side)', async () => {
    expect(isBlankPage(await prepared(await renderPageImage([], { dpi: 200 })))).toBe(true);
    const dusty = await degrade(await renderPageImage([], { dpi: 200 }), { noise: 0.003, greyPaper: true, jpegQuality: 60, rotateDeg: 0.4, seed: 7 });
    expect(isBlankPage(await prepared(dusty))).toBe(true);
  });

  it('reads a page that holds only a page number, and a faded copy whose text is 40 grey levels darker than its paper', async () => {
    const numbered = await renderPageImage([...Array(40).fill(''), '                                        2'], { dpi: 200 });
    expect(isBlankPage(await prepared(numbered))).toBe(false);
    expect(isBlankPage(await prepared(await faintPage(240, 200)))).toBe(false);
  });

  it('reads a page number on dusty grey paper, which the faded-copy stretch must not clamp into the dust', async () => {
    const numbered = await renderPageImage([...Array(40).fill(''), '                                        2'], { dpi: 200 });
    for (const seed of [3, 11]) {
      expect(isBlankPage(await prepared(await degrade(numbered, { noise: 0.003, greyPaper: true, jpegQuality: 60, seed })))).toBe(false);
    }
  });
});

describe('readPage of a blank page', () => {
  it('answers no text without creating or using an OCR worker', async () => {
    await shutdownOcr();
    const before = ocrStats().workersCreated;
    const png = await degrade(await renderPageImage([], { dpi: 200 }), { noise: 0.003, greyPaper: true, seed: 3 });
    const { page, prepared: upright, turn } = await readPage(png, 'png', 0, options);
    expect(page).toMatchObject({ source: 'ocr', text: '', words: [], confidence: 0 });
    expect(upright?.width).toBeGreaterThan(1000);
    expect(turn).toBe(0);
    expect(ocrStats().workersCreated).toBe(before);
  });
});
