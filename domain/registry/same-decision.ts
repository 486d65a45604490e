import type { ExtractedFields } from '#schemas/fields';
import { firstInstanceOrganisation } from '../parties/organisations.ts';

/**
 * Whether two letters that open a case are about one appealed decision (issue 14 item 4). The rule
 * Register's claims apply to letters side by side (functions/commons/store/case-claims.ts: one
 * first-instance reference, or one person and one decision date) is the rule Link applies to a
 * person's open case: a reference match links before this is asked, so what is left is the person,
 * the decision date, and, where a date is missing, the area and the first instance.
 */

export interface AppealedDecision {
  decisionDate: string | null;
  /** The first instance's name as read (Nav, Helfo …), or null when the letter names none. */
  firstInstance: string | null;
  area: string;
  /** The area is read with the confidence a new case needs (the open case's area always is). */
  areaSure: boolean;
  /**
   * A case's opener: the deadline kinds still open on its case (a deadline-interrupting appeal's `grounds` until
   * they come). A letter:
   * the kinds its type closes (an appeal closes `grounds`, typeRules[].closes).
   */
  deadlines?: readonly string[] | undefined;
}

export type SameDecision = 'same' | 'different' | 'unsure';

/** What a letter's fields say of the decision it is about. */
export function appealedDecisionOf(fields: Pick<ExtractedFields, 'decisionDate' | 'parties'> | null | undefined, area: string, areaSure: boolean, deadlines: readonly string[] = []): AppealedDecision {
  const firstInstance = fields?.parties?.find((p) => p.role === 'first_instance')?.name ?? null;
  return { decisionDate: fields?.decisionDate ?? null, firstInstance, area, areaSure, deadlines };
}


export function sameAppealedDecision(letter: AppealedDecision, caseOpener: AppealedDecision): SameDecision {
  // The letter is what the case waits for: the grounds of a deadline-interrupting appeal come as an appeal.
  const awaited = letter.deadlines?.some((kind) => caseOpener.deadlines?.includes(kind)) ?? false;
  if (letter.decisionDate && caseOpener.decisionDate && letter.decisionDate === caseOpener.decisionDate) return 'same';
  // Another date is another decision, unless the case waits for this letter: then the grounds may
  // carry a typo or the date of the letter the decision came in (QA s15), and only another area or
  // first instance tells another decision; else the archivist says which (never a second case unasked).
  if (letter.decisionDate && caseOpener.decisionDate && !awaited) return 'different';
  if (letter.areaSure && caseOpener.areaSure && letter.area !== caseOpener.area) return 'different';
  if (letter.firstInstance && caseOpener.firstInstance && firstInstanceOrganisation(letter.firstInstance) !== firstInstanceOrganisation(caseOpener.firstInstance)) return 'different';
  // Without a date of its own, the grounds are about the decision the first letter dated (QA s14, fixF2 follow-up).
  if (!letter.decisionDate && awaited) return 'same';
  return 'unsure';
}
