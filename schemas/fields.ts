import { z } from 'zod';
import { Parties } from './parties.ts';
import { IsoDate } from './taxonomy.ts';

/** Fields extracted from a document's text (SPEC.md "Fields"). */
export const ExtractedFields = z.object({
  /** 11-digit national identity numbers with both mod-11 check digits valid. Never logged. */
  nationalIds: z.array(z.string().regex(/^\d{11}$/)),
  caseReferences: z.array(z.string().min(1)),
  decisionDate: IsoDate.nullable(),
  decisionReceivedDate: IsoDate.nullable(),
  /** Who the letter is from and on whose behalf; optional so records written before it still parse. */
  parties: Parties.optional(),
});
export type ExtractedFields = z.infer<typeof ExtractedFields>;
