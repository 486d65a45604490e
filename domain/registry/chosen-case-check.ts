import { normalizeReference, ownCaseIdIn } from './case-number.ts';

/**
 * Whether a document's person is a case's person, by the keyed hashes of national ids (never the ids):
 * `unnamed` when the document names nobody by a valid id, `unknown` when the case knows nobody's id,
 * `other` when none of the document's ids is the case's. The cover sheet's check
 * (../sheets/cover-case-check.ts) and an archivist's chosen case (below) compare alike.
 */
export function personOnCase(caseNationalIdHashes: readonly string[], documentNationalIdHashes: readonly string[]): 'unnamed' | 'unknown' | 'same' | 'other' {
  if (!documentNationalIdHashes.length) return 'unnamed';
  if (!caseNationalIdHashes.length) return 'unknown';
  const parties = new Set(caseNationalIdHashes);
  return documentNationalIdHashes.some((hash) => parties.has(hash)) ? 'same' : 'other';
}

export interface ChosenCaseFacts {
  caseId: string;
  /** The case's people: the keyed hashes of its parties' ids, and those an archivist confirmed. */
  caseNationalIdHashes: readonly string[];
  /** The references the case was opened with (first instance's), as stored (normalized). */
  caseReferences: readonly string[];
  documentNationalIdHashes: readonly string[];
  documentReferences: readonly string[];
}

/**
 * What says a case an archivist chose for a document is another person's: the document's national id
 * is none of the case's people's, or it names references none of which is the case's (its first
 * instance's, or the case's own number). Only a contradiction counts: a document or case that knows
 * no id or reference has nothing to contradict. The archivist may still confirm the case.
 */
export function chosenCaseMismatches(facts: ChosenCaseFacts): ('national_id' | 'reference')[] {
  const mismatches: ('national_id' | 'reference')[] = [];
  if (personOnCase(facts.caseNationalIdHashes, facts.documentNationalIdHashes) === 'other') mismatches.push('national_id');
  const named = [...new Set(facts.documentReferences.map(normalizeReference).filter(Boolean))];
  const caseReferences = new Set(facts.caseReferences.map(normalizeReference));
  const sameReference = named.some((reference) => caseReferences.has(reference) || ownCaseIdIn(reference) === facts.caseId);
  if (named.length && (caseReferences.size || named.some((reference) => ownCaseIdIn(reference) !== null)) && !sameReference) mismatches.push('reference');
  return mismatches;
}
