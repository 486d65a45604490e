import { z } from 'zod';

/**
 * What a cover sheet is printed for (`GET /api/v1/sheets/cover`, and `postmottak coversheet`): the
 * case, and optionally the type and area its code names. Codes are checked against the configuration
 * by the operation, so a refusal can list the ones there are.
 */
export const CoverSheetQuery = z.object({
  case: z.string().min(1).max(40).describe('The case number, 2025/00001 or 2025-00001'),
  type: z.string().min(1).max(80).optional().describe("A document type of the configuration: the scan then gets it at confidence 1; left out, the letter's own type is read"),
  area: z.string().min(1).max(80).optional().describe("The case's own area, if given: the code always names the case's area, and another one is refused (400)"),
});
export type CoverSheetQuery = z.infer<typeof CoverSheetQuery>;
