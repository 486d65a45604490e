import { caseIdFor, caseNumberOf } from './case-number.ts';

/**
 * A case number as a person types it: `2025/00001` (how it is printed), `2025-00001` (how URLs and
 * commands may carry it, no slash), or with fewer digits (`2025/1`). Returns the case id (the
 * slash-free form the store keys on), or null when it is no case number of ours.
 */
const TYPED = /^\s*(\d{4})\s*[/-]\s*(\d{1,7})\s*$/;

export function caseIdFromInput(input: string): string | null {
  const match = TYPED.exec(input);
  if (!match) return null;
  const sequence = Number(match[2]);
  return sequence >= 1 ? caseIdFor(Number(match[1]), sequence) : null;
}

/** The one way a person reads a case number: 2025/00001. */
export function displayCaseNumber(caseId: string): string {
  return caseNumberOf(caseId);
}
