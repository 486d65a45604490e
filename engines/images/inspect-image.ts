import sharp, { type Metadata } from 'sharp';
import type { Limits } from '#schemas/config';
import type { FileFormat } from '#schemas/pipeline';
import { checkPageCount, checkPixels } from '#domain/inspect/limits';
import { ASK_AGAIN, FORMAT_NAME, reject, type InspectOutcome } from '#domain/inspect/outcome';

/**
 * TIFF, JPEG and PNG. The header is read without a pixel limit (it decodes nothing), so the limit can
 * be reported in words; only then is each page decoded, with the limit enforced by sharp as well, to
 * find truncated and corrupt files before the OCR stage meets them.
 */
export async function inspectImage(bytes: Uint8Array, format: Exclude<FileFormat, 'pdf'>, limits: Limits): Promise<InspectOutcome> {
  const name = FORMAT_NAME[format];
  const corrupt = (detail: string) =>
    reject('corrupt', `The ${name} file is damaged or incomplete (${detail}), so it cannot be read. ${ASK_AGAIN}`);

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
      if (!meta.width || !meta.height) return corrupt('it has no image size');
      // failOn 'error' rather than the default 'warning': scanners write harmless oddities; a cut-off file is an error.
      await sharp(bytes, { page, failOn: 'error', limitInputPixels: limits.maxPixelsPerPage, sequentialRead: true })
        .extractChannel(0)
        .raw()
        .toBuffer();
    } catch (err) {
      const detail = describeDecodeError(err);
      return corrupt(pageCount > 1 ? `page ${page + 1}: ${detail}` : detail);
    }
  }
  return { ok: true, format, pageCount, textLayer: Array.from({ length: pageCount }, () => false) };
}

/** libvips' messages, in words; never the raw message (it may name internals, not the clerk's problem). */
export function describeDecodeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/premature end|truncated|bad seek|unexpected end|read error|short read|not enough data|EOF/i.test(message)) return 'the file ends too early, probably cut off during upload or scanning';
  if (/pixel limit/i.test(message)) return 'the image is larger than allowed';
  if (/unsupported|not a known|unknown/i.test(message)) return 'it uses a variant of the format that cannot be read';
  return 'the image data is invalid';
}
