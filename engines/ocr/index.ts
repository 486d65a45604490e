import type { FileFormat } from '#schemas/pipeline';
import type { PageText } from './page-text.ts';
import { renderPdfPage, pdfPageText } from '../pdf/pages.ts';
import { scannedPageImage } from '../pdf/scanned-page-image.ts';
import { ocrPool } from './pool.ts';
import { inkedArea, preparePage, toPgm, toPng } from '../images/prepare.ts';
import { recognize, type Recognized } from './recognize.ts';
import { BETTER_BY, needsTurnTrial, TURNS, turnPage } from './orientation.ts';

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
  /**
   * Looks at the prepared page image (PNG) before OCR; true when the page needs no reading (a cover
   * or separator sheet, known by its code): OCR is skipped and the page answers with no text.
   */
  needsNoReading?: ((image: Uint8Array) => Promise<boolean>) | undefined;
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
  // A scanned PDF page is its scanner's JPEG: taken out as it is where the page is nothing else, so
  // pdf.js need not decode, paint and re-encode it on the main thread; otherwise rendered.
  const scan = format === 'pdf' ? await scannedPageImage(bytes, pageIndex, options.maxPixelsPerPage) : null;
  const source = scan ? scan.image : format === 'pdf' ? await renderPdfPage(bytes, pageIndex, options.targetDpi, options.maxPixelsPerPage) : bytes;
  const prepared = await preparePage(source, {
    page: format === 'tiff' ? pageIndex : 0,
    targetDpi: options.targetDpi,
    ...(format === 'pdf' ? { knownDpi: scan ? scan.dpi : options.targetDpi } : {}),
    ...(options.maxPixelsPerPage ? { maxInputPixels: options.maxPixelsPerPage } : {}),
  });
  // The PNG is encoded beside the OCR (it competes for no worker); its failure is only awaited after
  // the OCR job ended, so no job is left running on a worker the caller may terminate next.
  const uprightPng = toPng(prepared);
  uprightPng.catch(() => undefined);
  // A sheet's code is read in ~0.1 s; its OCR would take seconds and say nothing the code does not.
  if (options.needsNoReading && (await options.needsNoReading(await uprightPng))) {
    return { page: { pageIndex, source: 'ocr', text: '', confidence: 1, width: prepared.width, height: prepared.height, words: [] }, image: await uprightPng };
  }
  const read = (page: typeof prepared) => ocrPool({ languages: options.languages }).run((worker) => recognize(worker, toPgm(page), { dpi: page.dpi, rectangle: inkedArea(page) }));
  let recognized: Recognized = await read(prepared);
  let upright = prepared;
  if (needsTurnTrial(recognized)) {
    for (const angle of TURNS) {
      const turned = await turnPage(prepared, angle);
      const again = await read(turned);
      if (again.confidence >= recognized.confidence + BETTER_BY) {
        recognized = again;
        upright = turned;
      }
      if (!needsTurnTrial(recognized)) break;
    }
  }
  // The archivist's page shows what OCR read, turned upright, so the word boxes fit it.
  const image = upright === prepared ? await uprightPng : await toPng(upright);
  return {
    page: { pageIndex, source: 'ocr', text: recognized.text, confidence: recognized.confidence, width: upright.width, height: upright.height, words: recognized.words },
    image,
  };
}
