import type { FileFormat } from '#schemas/pipeline';
import type { PageText } from './page-text.ts';
import { renderPdfPage, pdfPageText } from '../pdf/pages.ts';
import { ocrPool } from './pool.ts';
import { inkedArea, preparePage, toPgm, toPng } from '../images/prepare.ts';
import { recognize } from './recognize.ts';

export { PageText, WordBox } from './page-text.ts';
export { shutdownOcr, ocrStats, defaultPoolSize, warmUpOcr } from './pool.ts';

export interface ReadPageOptions {
  /** From inspection: use the PDF's own text, no OCR. */
  hasTextLayer: boolean;
  /** Tesseract language codes, each a model in @postmottak/tessdata-fast (config.ocr.languages). */
  languages: readonly string[];
  /** Resolution pages are brought to before OCR (config.ocr.targetDpi). */
  targetDpi: number;
  /** Pixel limit per page (config.limits.maxPixelsPerPage), enforced again when decoding. */
  maxPixelsPerPage?: number;
}

export interface ReadPageResult {
  page: PageText;
  /** The prepared page image OCR read (PNG), for the archivist's page; absent for a text-layer page. */
  image?: Buffer;
}

/**
 * Reads one page of an inspected file: the PDF text layer where there is one, else OCR of the page
 * image (a TIFF/JPEG/PNG page, or a scanned PDF page rendered at the target resolution).
 */
export async function readPage(bytes: Uint8Array, format: FileFormat, pageIndex: number, options: ReadPageOptions): Promise<ReadPageResult> {
  if (format === 'pdf' && options.hasTextLayer) {
    const { text, width, height } = await pdfPageText(bytes, pageIndex);
    return { page: { pageIndex, source: 'text_layer', text, confidence: 1, width, height, words: [] } };
  }
  const source = format === 'pdf' ? await renderPdfPage(bytes, pageIndex, options.targetDpi, options.maxPixelsPerPage) : bytes;
  const prepared = await preparePage(source, {
    page: format === 'tiff' ? pageIndex : 0,
    targetDpi: options.targetDpi,
    ...(format === 'pdf' ? { knownDpi: options.targetDpi } : {}),
    ...(options.maxPixelsPerPage ? { maxInputPixels: options.maxPixelsPerPage } : {}),
  });
  const [recognized, image] = await Promise.all([
    ocrPool({ languages: options.languages }).run((worker) => recognize(worker, toPgm(prepared), { dpi: prepared.dpi, rectangle: inkedArea(prepared) })),
    toPng(prepared),
  ]);
  return {
    page: { pageIndex, source: 'ocr', text: recognized.text, confidence: recognized.confidence, width: prepared.width, height: prepared.height, words: recognized.words },
    image,
  };
}
