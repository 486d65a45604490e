import { PDFParse } from 'pdf-parse';
import type { Limits } from '#schemas/config';
import { checkPageCount, checkPixels } from '#domain/inspect/limits';
import { ASK_AGAIN, reject, type InspectOutcome } from '#domain/inspect/outcome';
import { hasRealTextLayer } from '#domain/inspect/text-layer';

const POINTS_PER_INCH = 72;

/**
 * A PDF: readable, not password-protected, within the page limit, pages no larger than the pixel limit
 * once rendered for OCR, and per page whether it carries a real text layer (born-digital) or is a scan.
 */
export async function inspectPdf(bytes: Uint8Array, limits: Limits, renderDpi: number): Promise<InspectOutcome> {
  // Every complete PDF ends with %%EOF (scanners sometimes pad after it); a cut-off upload does not.
  // pdf.js would "repair" such a file and quietly drop what is missing.
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) {
    return reject('corrupt', `The PDF is incomplete: it stops before its end marker, so it was probably cut off during upload or scanning. ${ASK_AGAIN}`);
  }

  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, maxImageSize: limits.maxPixelsPerPage, isEvalSupported: false });
  try {
    const info = await parser.getInfo({ parsePageInfo: true });
    if (info.total < 1) return reject('corrupt', `The PDF has no pages. ${ASK_AGAIN}`);
    const tooMany = checkPageCount(info.total, limits, 'pages');
    if (tooMany) return tooMany;
    for (const [index, page] of info.pages.entries()) {
      const width = Math.round((page.width / POINTS_PER_INCH) * renderDpi);
      const height = Math.round((page.height / POINTS_PER_INCH) * renderDpi);
      const tooBig = checkPixels(index, width, height, limits, info.total);
      if (tooBig) {
        return reject(
          'too_many_pixels',
          `${info.total > 1 ? `Page ${index + 1} of the PDF` : 'The PDF page'} measures ${cm(page.width)} × ${cm(page.height)} cm, ` +
            `which at ${renderDpi} dpi is more than the limit of ${Math.round(limits.maxPixelsPerPage / 1e6)} megapixels per page. Letters up to A3 are accepted; please send a smaller page size.`,
        );
      }
    }
    const text = await parser.getText();
    const textLayer = Array.from({ length: info.total }, (_, i) => hasRealTextLayer(text.pages[i]?.text ?? ''));
    return { ok: true, format: 'pdf', pageCount: info.total, textLayer };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') {
      return reject('encrypted', 'The PDF is password-protected, so it cannot be opened. Please ask the sender for a copy without a password, or print and scan it.');
    }
    return reject('corrupt', `The PDF is damaged and cannot be opened (its internal structure is broken). ${ASK_AGAIN}`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const cm = (points: number) => ((points / POINTS_PER_INCH) * 2.54).toFixed(0);
