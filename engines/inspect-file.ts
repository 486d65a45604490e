import type { Limits } from '#schemas/config';
import { checkSize } from '#domain/inspect/limits';
import { reject, type InspectOutcome } from '#domain/inspect/outcome';
import { sniffFormat } from '#domain/inspect/sniff';
import { inspectImage } from './images/inspect-image.ts';
import { inspectPdf } from './pdf/inspect-pdf.ts';

export interface InspectOptions {
  /** Resolution PDF pages are rendered at for OCR, for the pixel limit of a PDF page. */
  renderDpi?: number;
}

/**
 * Decides whether a file can be read, and how: the real format from its bytes (never its name or
 * content type), the page count, and per page whether a PDF text layer can be used. Anything that
 * cannot be read is rejected with a reason a mailroom clerk understands.
 */
export async function inspectFile(bytes: Uint8Array, limits: Limits, options: InspectOptions = {}): Promise<InspectOutcome> {
  const sized = checkSize(bytes.length, limits);
  if (sized) return sized;
  const sniffed = sniffFormat(bytes);
  if (sniffed.format === null) return reject('unsupported_type', 'not_a_readable_format', { looksLike: sniffed.looksLike });
  if (sniffed.format === 'pdf') return inspectPdf(bytes, limits, options.renderDpi ?? 300);
  return inspectImage(bytes, sniffed.format, limits);
}
