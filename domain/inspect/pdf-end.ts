/**
 * Where a PDF ends, one rule for the pipeline's inspection (a PDF without its end is rejected as cut
 * off) and the watched inbox (a PDF without its end is waited for): a file the pipeline reads is never
 * held back by the watcher, and one the watcher takes as whole is not rejected as cut off.
 *
 * A complete PDF ends with `%%EOF`. Writers add after it padding (line ends, NUL bytes, a DOS
 * end-of-file 0x1A) and sometimes a little garbage; readers look for the marker near the end. A cut-off
 * file has neither: pdf.js would "repair" it and quietly drop what is missing.
 */

/** How many bytes at the end of the file the rule looks at: callers may hand over only these. */
export const PDF_END_WINDOW = 64 * 1024;
/** How far before the end (padding left out) `%%EOF` may stand: what follows it is garbage readers skip. */
const AFTER_MARKER = 2048;
const MARKER = [...'%%EOF'].map((c) => c.charCodeAt(0));
// NUL, tab, line feed, form feed, carriage return, DOS end-of-file, space.
const PADDING = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x20]);

/** Whether the PDF whose last bytes (at least PDF_END_WINDOW of them, or the whole file) these are has its end. */
export function pdfEnds(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - PDF_END_WINDOW));
  let end = tail.length;
  while (end > 0 && PADDING.has(tail[end - 1]!)) end--;
  for (let at = end - MARKER.length; at >= Math.max(0, end - AFTER_MARKER - MARKER.length); at--) {
    if (MARKER.every((b, i) => tail[at + i] === b)) return true;
  }
  return false;
}
