import { afterAll, describe, expect, it } from 'vitest';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { stopBarcodeThread } from '../../engines/sheets/barcode-thread.ts';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { FAX_DPI, printedSheet } from '../../corpus/faxed-sheets.ts';
import { renderPageImage } from '../../corpus/render.ts';
import sharp from 'sharp';

/**
 * The sheet-code search runs on a thread of its own (engines/sheets/barcode-thread.ts): searches that
 * overlap each get their own page's answer, and a thread that ends mid-search fails only that search.
 */
afterAll(() => stopBarcodeThread());

/** A letter page with a dark box, so the ink check lets it through to the search. */
async function letterWithBox(): Promise<Buffer> {
  const letter = await renderPageImage(['Klage på vedtak', '', 'Jeg klager på vedtaket.'], { dpi: FAX_DPI });
  const box = await sharp({ create: { width: 80, height: 80, channels: 3, background: { r: 0, g: 0, b: 0 } } }).png().toBuffer();
  return sharp(letter).composite([{ input: box, left: 300, top: 900 }]).png().toBuffer();
}

describe('the barcode thread', () => {
  it('answers overlapping searches each with its own page', async () => {
    const separator = await printedSheet({ kind: 'separator' });
    const letter = await letterWithBox();
    const answers = await Promise.all([readSheetCode(letter), readSheetCode(separator), readSheetCode(letter), readSheetCode(separator)]);
    expect(answers.map((a) => a?.text ?? null)).toEqual([null, encodeSheetCode({ kind: 'separator' }), null, encodeSheetCode({ kind: 'separator' })]);
  });

  it('fails a search whose thread ends under it, and reads the next page on a new thread', async () => {
    const separator = await printedSheet({ kind: 'separator' });
    const pending = readSheetCode(separator);
    // The ink check and grey conversion come first; end the thread once the search has been handed to it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let failed: unknown = null;
    const stopping = (async () => {
      while (failed === null) {
        await stopBarcodeThread();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    failed = await pending.then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await stopping;
    expect(failed).toMatch(/barcode thread exited|terminated/);
    expect((await readSheetCode(separator))?.text).toBe(encodeSheetCode({ kind: 'separator' }));
  });
});
