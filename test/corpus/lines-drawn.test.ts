import { describe, expect, it } from 'vitest';
import { linesDrawn, renderPageImage } from '../../corpus/render.ts';

/**
 * QA s11: scripts/measure-ocr-page-density.ts scored OCR against lines the renderer never drew (a filled
 * page's lines below its foot). linesDrawn says which lines renderPageImage draws.
 */
describe('the lines a rendered page shows', () => {
  const look = { dpi: 72, fontSize: 11 };
  const many = Array.from({ length: 120 }, (_, i) => (i % 10 === 4 ? '' : `Linje ${i + 1} av brevet`));

  it('are the top of a page given more than fit, without its blank lines', () => {
    const drawn = linesDrawn(many, look);
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.length).toBeLessThan(many.filter((l) => l !== '').length);
    expect(drawn).toEqual(many.filter((l) => l !== '').slice(0, drawn.length));
  });

  it('render the same page as all the lines given', async () => {
    const drawn = linesDrawn(many, look);
    const all = await renderPageImage(many, look);
    // The drawn lines keep their places only with the blank lines between them: render the prefix up to the last one drawn.
    const upTo = many.slice(0, many.indexOf(drawn.at(-1)!) + 1);
    expect((await renderPageImage(upTo, look)).equals(all)).toBe(true);
    expect((await renderPageImage(many.slice(0, many.indexOf(drawn.at(-1)!)), look)).equals(all)).toBe(false);
  });
});
