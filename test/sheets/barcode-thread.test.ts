import { afterAll, describe, expect, it } from 'vitest';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { readBarcodesOnThread, stopBarcodeThread, warmUpBarcodeThread } from '../../engines/sheets/barcode-thread.ts';
import { TransientError } from '#domain/errors';
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
  it("is warmed up without a page (extract-page's init), and then reads one", async () => {
    await stopBarcodeThread();
    await expect(warmUpBarcodeThread()).resolves.toBeUndefined();
    expect((await readSheetCode(await printedSheet({ kind: 'separator' })))?.text).toBe(encodeSheetCode({ kind: 'separator' }));
  });

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
      (error: Error) => error,
    );
    await stopping;
    // Transient: the ASL's Retry reads the page again rather than sending the letter to review.
    expect(failed).toBeInstanceOf(TransientError);
    expect((failed as Error).message).toMatch(/barcode thread exited/);
    expect((await readSheetCode(separator))?.text).toBe(encodeSheetCode({ kind: 'separator' }));
  });

  it("answers a search started while the previous thread is still ending: the old thread's exit fails only its own searches", async () => {
    const sheet = await printedSheet({ kind: 'separator' });
    expect((await readSheetCode(sheet))?.text).toBe(encodeSheetCode({ kind: 'separator' }));
    const { data, info } = await sharp(sheet).greyscale().raw().toBuffer({ resolveWithObject: true });
    const header = Buffer.from(`P5\n${info.width} ${info.height}\n255\n`);
    const file = new Uint8Array(header.length + data.length);
    file.set(header);
    file.set(data, header.length);
    // The old thread is told to end; a search on the new thread begins before its exit arrives.
    const stopping = stopBarcodeThread();
    const onNewThread = readBarcodesOnThread(file, { formats: ['QRCode'], tryHarder: true });
    await stopping;
    const answer = await onNewThread.then(
      (results) => results.map((r) => r.text),
      (error: Error) => `rejected: ${error.message}`,
    );
    expect(answer).toEqual([encodeSheetCode({ kind: 'separator' })]);
  });
});
