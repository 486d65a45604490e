import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { inspectFile } from '#engines/inspect-file';
import { looksLikeLanguage } from '#domain/inspect/text-plausibility';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import { renderPageImage } from '../../corpus/render.ts';

/**
 * Issue 14: a PDF whose text layer is garbage (a font with a broken ToUnicode map) was trusted instead
 * of being OCR'd. Such a layer is letters, but not the page's letters: a shifted alphabet stands for it.
 */
const shift = (text: string, n: number) =>
  text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + n) % 26) + 97)).replace(/[A-Z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 65 + n) % 26) + 65));

const letters = ['a', 'b'].flatMap((slice) =>
  readFileSync(new URL(`../../eval-sets/unseen-writers/letters-${slice}.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

const letter = [
  'Per Hansen', 'Storgata 1, 0155 Oslo', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  'Jeg klager på vedtaket fra Helfo datert 03.03.2025. Jeg mener at vedtaket er feil,',
  'og at jeg har rett til stønad for behandlingen som tannlegen har gjort.', '', 'Med hilsen', 'Per Hansen',
];

/** What a broken ToUnicode map gives: the page shows the letter, its text layer says something else. */
async function pdfWithGarbageTextLayer(): Promise<Buffer> {
  const image = await renderPageImage(letter, { dpi: 200 });
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  doc.fillOpacity(0).fontSize(11).text(shift(letter.join('\n'), 1), 64, 64);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe('a text layer that is not language', () => {
  afterAll(() => shutdownOcr());

  it('takes none of the 320 unseen-writer letters for garbage', () => {
    expect(letters.length).toBe(320);
    expect(letters.filter((t) => !looksLikeLanguage(t))).toEqual([]);
  });

  it('finds nearly every shifted-alphabet version of them', () => {
    const shifted = letters.flatMap((t) => [1, 3, 7, 13].map((n) => shift(t, n)));
    const caught = shifted.filter((t) => !looksLikeLanguage(t)).length;
    expect(caught / shifted.length).toBeGreaterThan(0.9);
  });

  it('sends a PDF page with a garbage text layer to OCR, which reads the letter', { timeout: 60_000 }, async () => {
    const pdf = await pdfWithGarbageTextLayer();
    const config = loadConfig();
    const outcome = await inspectFile(pdf, config.limits, { renderDpi: config.ocr.targetDpi });
    expect(outcome).toMatchObject({ ok: true, format: 'pdf', pageCount: 1, textLayer: [false] });
    const { page } = await readPage(pdf, 'pdf', 0, { hasTextLayer: false, languages: config.ocr.languages, targetDpi: config.ocr.targetDpi });
    expect(page.source).toBe('ocr');
    expect(page.text).toMatch(/vedtak/i);
  });
});
