import type { Limits } from '#schemas/config';
import { reject, type Rejection } from './outcome.ts';

/** The byte limit, checkable from the object's size alone (HeadObject) before anything is downloaded. */
export function checkSize(size: number, limits: Limits): Rejection | null {
  if (size === 0) return reject('empty', 'empty');
  if (size > limits.maxBytes) return reject('too_large', 'too_large', { bytes: size, limitBytes: limits.maxBytes });
  return null;
}

export function checkPageCount(pages: number, limits: Limits, unit: 'pages' | 'images'): Rejection | null {
  if (pages <= limits.maxPages) return null;
  return reject('too_many_pages', 'too_many_pages', { pages, unit, limit: limits.maxPages });
}

/** Pixels are checked from the header, before decoding: a tiny file can expand to gigabytes (a decompression bomb). */
export function checkPixels(pageIndex: number, width: number, height: number, limits: Limits, pageCount: number): Rejection | null {
  const pixels = width * height;
  if (pixels <= limits.maxPixelsPerPage) return null;
  return reject('too_many_pixels', 'too_many_pixels', { page: pageCount > 1 ? pageIndex + 1 : null, width, height, limitPixels: limits.maxPixelsPerPage });
}
