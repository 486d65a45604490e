import type { FileFormat } from '#schemas/pipeline';
import { renderPdfPage } from '../pdf/pages.ts';
import { scannedPageImage } from '../pdf/scanned-page-image.ts';
import { preparePage, toPng, type PreparedPage } from './prepare.ts';
import { turnPage } from '../ocr/orientation.ts';

export interface PageImageOptions {
  /** Resolution pages are brought to (config.ocr.targetDpi). */
  targetDpi: number;
  /** Pixel limit per page (config.limits.maxPixelsPerPage), enforced again when decoding. */
  maxPixelsPerPage?: number | undefined;
}

/**
 * One page of a scan, prepared as OCR reads it (grey, at the target resolution, specks removed): a
 * scanned PDF page is its scanner's JPEG taken out as it is where the page is nothing else, so pdf.js
 * need not decode, paint and re-encode it; otherwise rendered. The one preparation both the OCR
 * (engines/ocr readPage) and the archivist's page image (pageImagePng) start from.
 */
export async function preparedPageOf(bytes: Uint8Array, format: FileFormat, pageIndex: number, options: PageImageOptions): Promise<PreparedPage> {
  const scan = format === 'pdf' ? await scannedPageImage(bytes, pageIndex, options.maxPixelsPerPage) : null;
  const source = scan ? scan.image : format === 'pdf' ? await renderPdfPage(bytes, pageIndex, options.targetDpi, options.maxPixelsPerPage) : bytes;
  return preparePage(source, {
    page: format === 'tiff' ? pageIndex : 0,
    targetDpi: options.targetDpi,
    ...(format === 'pdf' ? { knownDpi: scan ? scan.dpi : options.targetDpi } : {}),
    ...(options.maxPixelsPerPage ? { maxInputPixels: options.maxPixelsPerPage } : {}),
  });
}

/**
 * The archivist's page image of a page OCR read, made when it is first opened rather than for every
 * page (README "Page images when opened"): the same preparation, turned as the OCR found the page
 * upright (`turn`, degrees, from the page's stored text), so the stored word boxes fit it.
 */
export async function pageImagePng(bytes: Uint8Array, format: FileFormat, pageIndex: number, options: PageImageOptions & { turn?: number | undefined }): Promise<Buffer> {
  const prepared = await preparedPageOf(bytes, format, pageIndex, options);
  return toPng(options.turn ? await turnPage(prepared, options.turn) : prepared);
}
