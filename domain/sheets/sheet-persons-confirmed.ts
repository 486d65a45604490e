import type { ArchivistDecision, Classification } from '#schemas/pipeline';
import { caseIdOfCover } from './cover.ts';

/**
 * The national-id hashes a case learns when an archivist files a document under its cover sheet on it.
 * Such a document went to review because the case knew nobody's id (sheet_case_persons_unknown) or
 * knew someone else's (sheet_case_person_mismatch; domain/sheets/cover-case-check.ts). Choosing the
 * sheet's own case for it says the person it names is the case's person, so the case learns the ids:
 * the person's next document under the sheet is filed without asking again. A document carried on
 * after another's decision, or put on another case than the sheet's, teaches nothing: nobody confirmed
 * the sheet's case for that person.
 */
export function personsConfirmedOnSheetCase(input: {
  classification: Pick<Classification, 'cover'>;
  decision: ArchivistDecision | undefined;
  caseId: string;
  documentNationalIdHashes: readonly string[];
  caseNationalIdHashes: readonly string[];
}): string[] | null {
  const { classification, decision, caseId } = input;
  if (!decision || decision.carriedOnAfter || decision.caseId !== caseId) return null;
  if (!classification.cover || caseIdOfCover(classification.cover) !== caseId) return null;
  const known = new Set(input.caseNationalIdHashes);
  const fresh = [...new Set(input.documentNationalIdHashes)].filter((hash) => !known.has(hash));
  return fresh.length ? [...input.caseNationalIdHashes, ...fresh] : null;
}
