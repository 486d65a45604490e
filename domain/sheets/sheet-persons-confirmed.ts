import type { ArchivistDecision, Classification } from '#schemas/pipeline';
import { caseIdOfCover } from './cover.ts';

/**
 * The national-id hashes a case's cover sheet learns when an archivist files a document under it on it.
 * Such a document went to review because the case knew nobody's id (sheet_case_persons_unknown) or
 * knew someone else's (sheet_case_person_mismatch; domain/sheets/cover-case-check.ts). Choosing the
 * sheet's own case for it says the person it names belongs under the sheet, so the person's next
 * document under the sheet is filed without asking again. Only the sheet's check reads the list
 * (CaseRecord.sheetConfirmedHashes): it is no lookup, so the person's letters without a sheet are not
 * routed onto the case by the id (a letter naming Kari under Ola's sheet says nothing of Kari's own appeal).
 * A document carried on after another's decision, or put on another case than the sheet's, teaches
 * nothing: nobody confirmed the sheet's case for that person. Nor does one naming more than one id
 * (a child and a parent): the decision does not say which of them is the case's.
 */
export function personsConfirmedOnSheetCase(input: {
  classification: Pick<Classification, 'cover'>;
  decision: ArchivistDecision | undefined;
  caseId: string;
  documentNationalIdHashes: readonly string[];
  caseNationalIdHashes: readonly string[];
  /** What the sheet's check already learned (CaseRecord.sheetConfirmedHashes). */
  confirmedHashes: readonly string[];
}): string[] | null {
  const { classification, decision, caseId } = input;
  if (!decision || decision.carriedOnAfter || decision.caseId !== caseId) return null;
  if (!classification.cover || caseIdOfCover(classification.cover) !== caseId) return null;
  const named = [...new Set(input.documentNationalIdHashes)];
  if (named.length !== 1) return null;
  const known = new Set([...input.caseNationalIdHashes, ...input.confirmedHashes]);
  const fresh = named.filter((hash) => !known.has(hash));
  return fresh.length ? [...input.confirmedHashes, ...fresh] : null;
}
