import { afterAll, describe, expect, it } from 'vitest';
import { inkedArea, preparePage, toPgm } from '#engines/images/prepare';
import { recognizePrepared, shutdownOcr } from '#engines/ocr/index';
import { wordsOfTsv } from '#engines/ocr/recognize';
import { renderPageImage } from '../../corpus/render.ts';

process.env.POSTMOTTAK_OCR_WORKERS = '1';
afterAll(async () => {
  await shutdownOcr();
});

describe('the inked area cut out for OCR', () => {
  it('toPgm with an area holds exactly that part of the page, row by row', () => {
    const width = 7;
    const height = 5;
    const pixels = Buffer.from(Array.from({ length: width * height }, (_, i) => i));
    const pgm = toPgm({ pixels, width, height }, { left: 2, top: 1, width: 3, height: 2 });
    const header = 'P5\n3 2\n255\n';
    expect(pgm.subarray(0, header.length).toString('latin1')).toBe(header);
    expect([...pgm.subarray(header.length)]).toEqual([9, 10, 11, 16, 17, 18]);
  });

  it('wordsOfTsv moves word boxes by the offset of the cut-out', () => {
    const tsv = '5\t1\t1\t1\t1\t1\t10\t20\t30\t8\t91.5\tKlage';
    expect(wordsOfTsv(tsv, { left: 100, top: 200 })[0]!.bbox).toEqual({ x0: 110, y0: 220, x1: 140, y1: 228 });
  });

  it('a page read from its cut-out inked area gives its words in the page\'s pixels, inside that area', async () => {
    const lines = [...Array(12).fill(''), '                    Klage på vedtak om sykepenger', '                    Jeg er uenig i vedtaket.'];
    const page = await preparePage(await renderPageImage(lines, { dpi: 200 }), { targetDpi: 200 });
    const area = inkedArea(page)!;
    expect(area.left).toBeGreaterThan(page.width / 5);
    const read = await recognizePrepared(page, ['nor']);
    const klage = read.words.find((w) => w.text === 'Klage')!;
    expect(klage.bbox.x0).toBeGreaterThanOrEqual(area.left);
    expect(klage.bbox.y0).toBeGreaterThanOrEqual(area.top);
    expect(klage.bbox.x1).toBeLessThanOrEqual(area.left + area.width);
    expect(klage.bbox.y1).toBeLessThanOrEqual(area.top + area.height);
    // The word's ink is where its box says on the page: dark pixels inside it.
    let dark = 0;
    for (let y = klage.bbox.y0; y < klage.bbox.y1; y++) for (let x = klage.bbox.x0; x < klage.bbox.x1; x++) if (page.pixels[y * page.width + x]! < 128) dark++;
    expect(dark).toBeGreaterThan(50);
  });
});
