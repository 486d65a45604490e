import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { completeness } from '../../local/watch/file-complete.ts';

/** A scan cut off anywhere (a scanner that paused) is told from a whole one by its bytes. */
const cuts = (length: number) => [8, 100, Math.floor(length / 3), Math.floor(length / 2), length - 40, length - 6].filter((n) => n > 0 && n < length);

describe('whether a dropped scan is whole', () => {
  it('a PDF is whole only with its end-of-file marker', async () => {
    const pdf = await renderTextPdf([['KLAGE', '', 'Jeg klager på vedtaket.']]);
    expect(completeness(pdf)).toEqual({ whole: true });
    expect(completeness(Buffer.concat([pdf, Buffer.from('\n\n')]))).toEqual({ whole: true });
    for (const n of cuts(pdf.length)) expect(completeness(pdf.subarray(0, n)), `cut at ${n}`).toEqual({ whole: false, kind: 'PDF' });
  });

  it('a TIFF is whole only with every directory and strip inside its bytes, compressed or not', async () => {
    const page = () => sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const one = await sharp(await page()).tiff({ compression: 'lzw' }).toBuffer();
    const plain = await sharp(await page()).tiff({ compression: 'none' }).toBuffer();
    for (const tiff of [one, plain]) {
      expect(completeness(tiff)).toEqual({ whole: true });
      for (const n of cuts(tiff.length)) expect(completeness(tiff.subarray(0, n)), `cut at ${n} of ${tiff.length}`).toEqual({ whole: false, kind: 'TIFF' });
    }
  });

  it('anything else counts as whole: the pipeline judges it', () => {
    expect(completeness(Buffer.from('hei'))).toEqual({ whole: true });
    expect(completeness(Buffer.alloc(0))).toEqual({ whole: true });
  });
});
