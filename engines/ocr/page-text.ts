import { z } from 'zod';
import { FileFormat } from '#schemas/pipeline';

/**
 * What was read on one page, stored as JSON beside the document (keys.ts) so the archivist's page can
 * show what was read where. Coordinates are pixels of the prepared page image stored beside it
 * (for a text-layer page: PDF points, and no image).
 */
export const WordBox = z.object({
  text: z.string(),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  bbox: z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }),
});
export type WordBox = z.infer<typeof WordBox>;

export const PageText = z.object({
  pageIndex: z.number().int().nonnegative(),
  source: z.enum(['text_layer', 'ocr']),
  text: z.string(),
  /** Mean word confidence 0..1; 1 for a text layer. */
  confidence: z.number().min(0).max(1),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
  words: z.array(WordBox),
  /**
   * Where the archivist's page image is made from when it is first opened (OCR pages only): the
   * original's location, format and page, and the turn that made it upright. Absent on pages read
   * before page images were made on opening (their image was stored when they were read). The version
   * read (and, where the bucket keeps no versions, the ETag) keeps an upload under the same key from
   * being shown in its place.
   */
  imageFrom: z
    .object({ bucket: z.string(), key: z.string(), versionId: z.string().nullish(), etag: z.string().nullish(), format: FileFormat, pageIndex: z.number().int().nonnegative(), turn: z.number().int() })
    .optional(),
});
export type PageText = z.infer<typeof PageText>;
