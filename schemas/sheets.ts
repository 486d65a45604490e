import { z } from 'zod';
import { AreaCode, DocumentType } from './taxonomy.ts';

/** A cover sheet's code as read from a page (domain/sheets/sheet-code.ts writes and reads the text). */
export const CoverSheet = z.object({
  kind: z.literal('cover'),
  /** Our case number, 2025/00001. */
  caseNumber: z.string().regex(/^\d{4}\/\d{5}$/),
  documentType: DocumentType.nullable(),
  area: AreaCode.nullable(),
});
export type CoverSheet = z.infer<typeof CoverSheet>;

export const SheetCode = z.discriminatedUnion('kind', [CoverSheet, z.object({ kind: z.literal('separator') })]);
export type SheetCode = z.infer<typeof SheetCode>;
