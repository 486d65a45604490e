import { PDFDocument } from 'pdf-lib';

/**
 * The day's post: the letters' stored PDFs joined page by page, each exactly as it was written and
 * journaled (never composed again with the templates in force at printing, which may have changed).
 * The first letter's catalogue is kept (its sRGB output intent and PDF/A metadata), the other
 * letters' pages are copied in with their embedded fonts, and the file is written without object
 * streams, which PDF/A-1 (PDF 1.4) does not allow.
 */
export async function joinPdfs(pdfs: readonly Uint8Array[]): Promise<Uint8Array> {
  const [first, ...rest] = pdfs;
  if (!first) throw new Error('no letters to print');
  const joined = await PDFDocument.load(first, { updateMetadata: false });
  for (const pdf of rest) {
    const letter = await PDFDocument.load(pdf, { updateMetadata: false });
    for (const page of await joined.copyPages(letter, letter.getPageIndices())) joined.addPage(page);
  }
  return joined.save({ useObjectStreams: false });
}
