import { PDFParse } from 'pdf-parse';
import type { Limits } from '#schemas/config';
import { checkPageCount, checkPixels } from '#domain/inspect/limits';
import { reject, type InspectOutcome } from '#domain/inspect/outcome';
import { pdfEnds } from '#domain/inspect/pdf-end';
import { hasRealTextLayer } from '#domain/inspect/text-layer';
import { scannedPageImageSize } from './scanned-page-image.ts';

const POINTS_PER_INCH = 72;

/**
 * A PDF: readable, not password-protected, within the page limit, pages no larger than the pixel limit
 * once rendered for OCR, and per page whether it carries a real text layer (born-digital) or is a scan.
 */
export async function inspectPdf(bytes: Uint8Array, limits: Limits, renderDpi: number): Promise<InspectOutcome> {
  // pdf.js would "repair" a cut-off file and quietly drop what is missing (the rule the watched inbox waits by).
  if (!pdfEnds(bytes)) return reject('corrupt', 'pdf_truncated');

  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, maxImageSize: limits.maxPixelsPerPage, isEvalSupported: false });
  try {
    const info = await parser.getInfo({ parsePageInfo: true });
    if (info.total < 1) return reject('corrupt', 'pdf_no_pages');
    const tooMany = checkPageCount(info.total, limits, 'pages');
    if (tooMany) return tooMany;
    for (const [index, page] of info.pages.entries()) {
      const width = Math.round((page.width / POINTS_PER_INCH) * renderDpi);
      const height = Math.round((page.height / POINTS_PER_INCH) * renderDpi);
      if (checkPixels(index, width, height, limits, info.total)) {
        return reject('too_many_pixels', 'pdf_page_too_large', {
          page: info.total > 1 ? index + 1 : null,
          widthCm: cm(page.width),
          heightCm: cm(page.height),
          dpi: renderDpi,
          limitMegapixels: Math.round(limits.maxPixelsPerPage / 1e6),
        });
      }
    }
    const text = await parser.getText();
    const textLayer = Array.from({ length: info.total }, (_, i) => hasRealTextLayer(text.pages[i]?.text ?? ''));
    for (const index of textLayer.flatMap((hasText, i) => (hasText ? [] : [i]))) {
      // A scanned page's JPEG is read as it is, not rendered (scanned-page-image.ts), so its own pixels
      // count: a 1200 dpi A4 scan is 139 Mpx on a page that is only A4 — the advice is to scan again at
      // 300 dpi, not to send a smaller page. Pages with a text layer are never read as images.
      const scan = await scannedPageImageSize(bytes, index);
      const tooBig = scan && checkPixels(index, scan.width, scan.height, limits, info.total);
      if (tooBig) return tooBig;
    }
    return { ok: true, format: 'pdf', pageCount: info.total, textLayer };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') {
      return reject('encrypted', 'pdf_encrypted');
    }
    return reject('corrupt', 'pdf_damaged');
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const cm = (points: number) => ((points / POINTS_PER_INCH) * 2.54).toFixed(0);
