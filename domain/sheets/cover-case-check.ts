import type { Party } from '#schemas/parties';
import type { CoverSheet } from '#schemas/sheets';
import { because, type ReasonNames } from '../reasons/wording.ts';
import { personOnCase } from '../registry/chosen-case-check.ts';

/**
 * A cover sheet still sends its document to the sheet's case by the code, never by a guess (SPEC.md
 * "Cover sheets"); but a sheet put on the wrong document, or printed with a clerk's slip in the case
 * number, would file someone's letter, often a medical declaration, on another person's case. So the
 * document goes to an archivist instead when what it says itself contradicts the case: a national id
 * read from it that is no party's of the case (compared by the keyed hash, as the registry finds
 * cases by it), or an area on the sheet that is not the case's. A document that names a person by id
 * goes to an archivist too when the case knows nobody's id: nothing can confirm it is the case's person.
 * A document with no readable id, the usual one under a sheet, goes to the sheet's case.
 */
export interface CoverCaseFacts {
  cover: CoverSheet;
  caseArea: string;
  /** The keyed hashes of the case's parties' national ids (the appellant's, a representative's). */
  caseNationalIdHashes: readonly string[];
  /** The keyed hashes of the valid national ids read from the document. */
  documentNationalIdHashes: readonly string[];
}

export function coverCaseDisagreement(facts: CoverCaseFacts, names?: ReasonNames): ReturnType<typeof because> | null {
  const { cover } = facts;
  if (cover.area && cover.area !== facts.caseArea) {
    return because('sheet_case_area_mismatch', { caseNumber: cover.caseNumber, sheetArea: cover.area, caseArea: facts.caseArea }, names);
  }
  const person = personOnCase(facts.caseNationalIdHashes, facts.documentNationalIdHashes);
  // A document that names nobody is the usual one under a sheet (a declaration, a note): nothing to contradict.
  // A case that knows nobody's id cannot confirm the person the document names, so an archivist does.
  if (person === 'unknown') return because('sheet_case_persons_unknown', { caseNumber: cover.caseNumber }, names);
  if (person === 'other') return because('sheet_case_person_mismatch', { caseNumber: cover.caseNumber }, names);
  return null;
}

/** The keyed ids of a case's registered parties who can be its person: the appellant and a representative. */
export function partyNationalIdHashes(parties: readonly Party[]): string[] {
  return parties.flatMap((p) => ((p.role === 'appellant' || p.role === 'representative') && p.nationalIdHash ? [p.nationalIdHash] : []));
}
