import type { Limits } from '#schemas/config';
import { megabytes, megapixels, reject, type Rejection } from './outcome.ts';

/** The byte limit, checkable from the object's size alone (HeadObject) before anything is downloaded. */
export function checkSize(size: number, limits: Limits): Rejection | null {
  if (size === 0) return reject('empty', 'The file is empty (0 bytes). Nothing was scanned into it; please scan or send it again.');
  if (size > limits.maxBytes) {
    return reject(
      'too_large',
      `The file is ${megabytes(size)}; the limit is ${megabytes(limits.maxBytes)}. Please split it into smaller files, or scan at 300 dpi in black and white or greyscale.`,
    );
  }
  return null;
}

export function checkPageCount(pages: number, limits: Limits, unit: 'pages' | 'images'): Rejection | null {
  if (pages <= limits.maxPages) return null;
  return reject('too_many_pages', `The file has ${pages} ${unit}; the limit is ${limits.maxPages} per file. Please split it into several files.`);
}

/** Pixels are checked from the header, before decoding: a tiny file can expand to gigabytes (a decompression bomb). */
export function checkPixels(pageIndex: number, width: number, height: number, limits: Limits, pageCount: number): Rejection | null {
  const pixels = width * height;
  if (pixels <= limits.maxPixelsPerPage) return null;
  const which = pageCount > 1 ? `Page ${pageIndex + 1} is` : 'The image is';
  return reject(
    'too_many_pixels',
    `${which} ${width} × ${height} pixels (${megapixels(pixels)}); the limit is ${megapixels(limits.maxPixelsPerPage)} per page. ` +
      'A real scan of a letter is far smaller, so the file is either damaged or made to overload the system. Please scan the original again at 300 dpi.',
  );
}
