import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { median3x3 } from '#engines/images/prepare';
import { degrade, renderPageImage } from '../../corpus/render.ts';

/** preparePage's despeckling: the 3x3 median it computes itself must be libvips' median(3), pixel for pixel. */
async function libvipsMedian(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 1 } }).median(3).extractChannel(0).raw().toBuffer();
}

describe('median3x3', () => {
  it('equals sharp median(3) on noise, edges and corners included, at odd sizes', async () => {
    // libvips refuses an image smaller than the window; preparePage despeckles none (no pixel of it has four neighbours).
    for (const [width, height, seed] of [[37, 23, 1], [3, 3, 2], [3, 40, 3], [64, 3, 4]] as const) {
      let state = seed;
      const pixels = Uint8Array.from({ length: width * height }, () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state % 256;
      });
      expect(Buffer.from(median3x3(pixels, width, height)), `${width}x${height}`).toEqual(await libvipsMedian(pixels, width, height));
    }
  });

  it('equals sharp median(3) on a noisy scanned page, and removes its specks', async () => {
    const page = await degrade(await renderPageImage(['Klage på vedtak', '', 'Jeg klager på vedtaket av 12.03.2025.'], { dpi: 150 }), { noise: 0.01, seed: 7 });
    const { data, info } = await sharp(page).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const ours = Buffer.from(median3x3(data, info.width, info.height));
    expect(ours.equals(await libvipsMedian(data, info.width, info.height))).toBe(true);
    expect(ours.equals(data)).toBe(false);
  });
});
