import sharp, { type Metadata } from 'sharp';
import type { Limits } from '#schemas/config';
import type { FileFormat } from '#schemas/pipeline';
import { checkPageCount, checkPixels } from '#domain/inspect/limits';
import { reject, type InspectOutcome } from '#domain/inspect/outcome';
import type { DecodeProblem } from '#domain/reasons/wording';

/**
 * TIFF, JPEG and PNG. The header is read without a pixel limit (it decodes nothing), so the limit can
 * be reported in words; only then is each page decoded, with the limit enforced by sharp as well, to
 * find truncated and corrupt files before the OCR stage meets them.
 */
export async function inspectImage(bytes: Uint8Array, format: Exclude<FileFormat, 'pdf'>, limits: Limits): Promise<InspectOutcome> {
  const corrupt = (problem: DecodeProblem, page: number | null = null) => reject('corrupt', 'image_damaged', { format, problem, page });

  let pageCount: number;
  let first: Metadata;
  try {
    first = await sharp(bytes, { limitInputPixels: false }).metadata();
    pageCount = format === 'tiff' ? Math.max(1, first.pages ?? 1) : 1;
  } catch (err) {
    return corrupt(describeDecodeError(err));
  }
  const tooMany = checkPageCount(pageCount, limits, 'pages');
  if (tooMany) return tooMany;

  for (let page = 0; page < pageCount; page++) {
    try {
      // Pages of one TIFF may differ in size: each is checked on its own.
      const meta = page === 0 ? first : await sharp(bytes, { page, limitInputPixels: false }).metadata();
      const tooBig = checkPixels(page, meta.width ?? 0, meta.height ?? 0, limits, pageCount);
      if (tooBig) return tooBig;
      if (!meta.width || !meta.height) return corrupt('no_size', pageCount > 1 ? page + 1 : null);
      // failOn 'error' rather than the default 'warning': scanners write harmless oddities; a cut-off file is an error.
      await sharp(bytes, { page, failOn: 'error', limitInputPixels: limits.maxPixelsPerPage, sequentialRead: true })
        .extractChannel(0)
        .raw()
        .toBuffer();
    } catch (err) {
      return corrupt(describeDecodeError(err), pageCount > 1 ? page + 1 : null);
    }
  }
  return { ok: true, format, pageCount, textLayer: Array.from({ length: pageCount }, () => false) };
}

/** libvips' messages, in words; never the raw message (it may name internals, not the clerk's problem). */
export function describeDecodeError(err: unknown): DecodeProblem {
  const message = err instanceof Error ? err.message : String(err);
  if (/premature end|truncated|bad seek|unexpected end|read error|short read|not enough data|EOF/i.test(message)) return 'cut_off';
  if (/pixel limit/i.test(message)) return 'too_large';
  if (/unsupported|not a known|unknown/i.test(message)) return 'unsupported_variant';
  return 'invalid';
}
