import sharp from 'sharp';
import type { PreparedPage } from '../images/prepare.ts';

/**
 * Pages scanned upside down or on their side. Tesseract reads a page turned 270° on its own, but a
 * page turned 90° or 180° comes out as upside-down garbage, read with a mean word confidence near 0.57
 * where the same page upright gives 0.96 (measured: test/robust/orientation.test.ts). So only a page
 * read with low confidence is tried again, turned: 180° first (which also rights a page Tesseract
 * turned the wrong way), then 90°. An upright page pays nothing.
 */
export const LOW_CONFIDENCE = 0.75;
/** A turn is kept only when it reads clearly better: noise must not turn a poor scan. */
export const BETTER_BY = 0.1;
export const TURNS = [180, 90] as const;

export async function turnPage(page: PreparedPage, angle: number): Promise<PreparedPage> {
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .rotate(angle)
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { ...page, pixels: data, width: info.width, height: info.height };
}

export function needsTurnTrial(read: { confidence: number; words: readonly unknown[] }): boolean {
  return read.words.length >= 5 && read.confidence < LOW_CONFIDENCE;
}
