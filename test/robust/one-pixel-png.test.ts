import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import { ocrPool } from '#engines/ocr/pool';
import { toPng } from '#engines/images/prepare';

/**
 * Issue 14: a 1x1 PNG went to review with a technical failure, then the process died with
 * "Cannot read properties of null (reading 'postMessage')": the PNG for the archivist's page failed
 * (density 0), Promise.all let the OCR job run on unawaited, and the CLI's shutdown terminated the
 * worker under it.
 */
const languages = ['nor'];

describe('a 1x1 PNG and a worker shut down under a running job', () => {
  afterAll(() => shutdownOcr());

  it('reads a 1x1 PNG as a page with no text instead of failing', async () => {
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: 'white' } }).png().toBuffer();
    const { page, prepared } = await readPage(png, 'png', 0, { hasTextLayer: false, languages, targetDpi: 200 });
    expect(page.source).toBe('ocr');
    expect(page.text.trim()).toBe('');
    // Its image, as the service makes it for the archivist, is a PNG too (a density under 1 dpi would fail).
    expect((await toPng(prepared!)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it("lets a running OCR job finish before the workers are terminated", { timeout: 30_000 }, async () => {
    const pgm = Buffer.concat([Buffer.from('P5\n40 20\n255\n', 'latin1'), Buffer.alloc(800, 255)]);
    const job = ocrPool({ languages }).run(async (worker) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (await worker.recognize(pgm)).data.text;
    });
    // Shut down while the job waits: the job still ends normally, the worker is ended after it.
    const shutdown = shutdownOcr();
    await expect(job).resolves.toBeTypeOf('string');
    await shutdown;
  });
});
