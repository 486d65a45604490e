import { PSM } from 'tesseract.js';
import type { FileFormat } from '#schemas/pipeline';
import type { PageText } from './page-text.ts';
import { pdfPageText } from '../pdf/pages.ts';
import { OCR_PARAMETERS, ocrPool } from './pool.ts';
import { inkedArea, toPgm, type PreparedPage } from '../images/prepare.ts';
import { preparedPageOf } from '../images/page-image.ts';
import { isBlankPage } from '../images/blank-page.ts';
import { recognize, type Recognized } from './recognize.ts';
import { BETTER_BY, needsTurnTrial, TURNS, turnPage } from './orientation.ts';
import { readMissedText, type SecondLook } from './skew-reading.ts';

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
   * Looks at the prepared page (grey pixels, as OCR gets them) before OCR; true when the page needs no
   * reading (a cover or separator sheet, known by its code): OCR is skipped and the page answers with
   * no text. No image file is encoded for the look: a PNG's encode and decode cost ~25 ms a page.
   */
  needsNoReading?: ((page: PreparedPage) => Promise<boolean>) | undefined;
  /**
   * A page whose reading left inked lines unread (a skewed scan's lost paragraph) is straightened and
   * read again (engines/ocr/skew-reading.ts). Default true; false only to measure what it wins
   * (scripts/bench-skew.ts, test/ocr/skewed-page.test.ts).
   */
  readMissedText?: boolean | undefined;
}

export interface ReadPageResult {
  page: PageText;
  /**
   * The prepared page OCR read, upright (grey pixels; its PNG is engines/images/prepare.ts toPng): the
   * sheet-code check looks at it; absent for a text-layer page. The archivist's image is made later,
   * from the original and `turn` (engines/images/page-image.ts), so none is encoded here.
   */
  prepared?: PreparedPage;
  /** Degrees the page was turned to read it upright (0: as scanned); engines/images/page-image.ts turns the archivist's image the same. */
  turn?: number;
  /** What the second look at unread ink did, figures only (absent when the page was not read by OCR). */
  secondLook?: SecondLookOutcome;
}

/**
 * OCR of a prepared page by the pool's worker, of its inked area only (a rectangle of the page; cutting
 * that area out and sending it alone was no faster than two identical runs differ, and read English
 * letters worse: not taken).
 * scripts/bench-batch-scan.ts times this same call.
 */
export function recognizePrepared(page: PreparedPage, languages: readonly string[]): Promise<Recognized> {
  return ocrPool({ languages }).run((worker) => recognize(worker, toPgm(page), { dpi: page.dpi, rectangle: inkedArea(page) }));
}

/** As recognizePrepared, the page read as one uniform block (PSM 6); the worker gets its usual layout back. */
export function recognizePreparedAsOneBlock(page: PreparedPage, languages: readonly string[]): Promise<Recognized> {
  return ocrPool({ languages }).run(async (worker) => {
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
    try {
      return await recognize(worker, toPgm(page), { dpi: page.dpi, rectangle: inkedArea(page) });
    } finally {
      await worker.setParameters({ tessedit_pageseg_mode: OCR_PARAMETERS.tessedit_pageseg_mode });
    }
  });
}

/**
 * The second look's figures for the "page read" log line (functions/extract-page), never text; `failed`
 * when it threw (the first reading was kept).
 */
export type SecondLookOutcome = Omit<SecondLook, 'recognized'> | { failed: true; kept: 'first' };

/**
 * Reads one page of an inspected file: the PDF text layer where there is one, else OCR of the page
 * image (a TIFF/JPEG/PNG page, or a scanned PDF page rendered at the target resolution).
 */
export async function readPage(bytes: Uint8Array, format: FileFormat, pageIndex: number, options: ReadPageOptions): Promise<ReadPageResult> {
  if (format === 'pdf' && options.hasTextLayer) {
    const { text, width, height } = await pdfPageText(bytes, pageIndex);
    return { page: { pageIndex, source: 'text_layer', text, confidence: 1, width, height, words: [] } };
  }
  const prepared = await preparedPageOf(bytes, format, pageIndex, options);
  // A sheet's code is read in ~0.1 s; its OCR would take seconds and say nothing the code does not.
  if (options.needsNoReading && (await options.needsNoReading(prepared))) {
    return { page: { pageIndex, source: 'ocr', text: '', confidence: 1, width: prepared.width, height: prepared.height, words: [] }, prepared, turn: 0 };
  }
  // A blank page (the back of a duplex scan) answers as Tesseract would, with no words, unread.
  if (isBlankPage(prepared)) {
    return { page: { pageIndex, source: 'ocr', text: '', confidence: 0, width: prepared.width, height: prepared.height, words: [] }, prepared, turn: 0 };
  }
  const read = (page: PreparedPage) => recognizePrepared(page, options.languages);
  let recognized: Recognized = await read(prepared);
  let upright = prepared;
  let turn = 0;
  if (needsTurnTrial(recognized)) {
    for (const angle of TURNS) {
      const turned = await turnPage(prepared, angle);
      const again = await read(turned);
      if (again.confidence >= recognized.confidence + BETTER_BY) {
        recognized = again;
        upright = turned;
        turn = angle;
      }
      if (!needsTurnTrial(recognized)) break;
    }
  }
  let secondLook: SecondLookOutcome | undefined;
  if (options.readMissedText !== false) {
    // The page has its reading already: a second look that fails (a worker that died, a turn sharp
    // refused) costs the page only what the look would have won.
    try {
      const { recognized: kept, ...look } = await readMissedText(upright, recognized, { read, readOneBlock: (page) => recognizePreparedAsOneBlock(page, options.languages) });
      recognized = kept;
      secondLook = look;
    } catch {
      secondLook = { failed: true, kept: 'first' };
    }
  }
  return {
    page: { pageIndex, source: 'ocr', text: recognized.text, confidence: recognized.confidence, width: upright.width, height: upright.height, words: recognized.words },
    prepared: upright,
    turn,
    ...(secondLook ? { secondLook } : {}),
  };
}
