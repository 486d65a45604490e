import { PDFParse } from 'pdf-parse';

const POINTS_PER_INCH = 72;

function open(bytes: Uint8Array, maxImagePixels?: number): PDFParse {
  // pdf.js detaches the buffer it is given: hand it a copy. maxImageSize keeps an oversized embedded
  // image (a bomb inside a PDF) from being decoded at all.
  return new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, ...(maxImagePixels ? { maxImageSize: maxImagePixels } : {}) });
}

/** The text layer of one page (0-based), with the page size in points. */
export async function pdfPageText(bytes: Uint8Array, pageIndex: number): Promise<{ text: string; width: number; height: number }> {
  const parser = open(bytes);
  try {
    const pageNumber = pageIndex + 1;
    const info = await parser.getInfo({ parsePageInfo: true, partial: [pageNumber] });
    const result = await parser.getText({ partial: [pageNumber] });
    const page = result.pages.find((p) => p.num === pageNumber) ?? result.pages[0];
    const size = info.pages.find((p) => p.pageNumber === pageNumber) ?? info.pages[0];
    return { text: (page?.text ?? '').trim(), width: size?.width ?? 0, height: size?.height ?? 0 };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** One page rendered to PNG at the given resolution (a scanned PDF's page, for OCR). */
export async function renderPdfPage(bytes: Uint8Array, pageIndex: number, dpi: number, maxImagePixels?: number): Promise<Buffer> {
  const parser = open(bytes, maxImagePixels);
  try {
    const shot = await parser.getScreenshot({ partial: [pageIndex + 1], scale: dpi / POINTS_PER_INCH, imageBuffer: true, imageDataUrl: false });
    const page = shot.pages[0];
    if (!page) throw new Error(`PDF page ${pageIndex + 1} could not be rendered`);
    return Buffer.from(page.data);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
