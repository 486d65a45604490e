import type { ExtractedFields } from '#schemas/fields';

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
   * A case's opener: the deadline kinds it opened (a deadline-interrupting appeal opens `grounds`). A letter:
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

/** The agency, not its unit: «Nav klageinstans sør» and «NAV» are one first instance. */
function agency(name: string): string {
  return name.trim().split(/\s+/)[0]!.toLocaleLowerCase('nb');
}

export function sameAppealedDecision(letter: AppealedDecision, caseOpener: AppealedDecision): SameDecision {
  if (letter.decisionDate && caseOpener.decisionDate) return letter.decisionDate === caseOpener.decisionDate ? 'same' : 'different';
  if (letter.areaSure && caseOpener.areaSure && letter.area !== caseOpener.area) return 'different';
  if (letter.firstInstance && caseOpener.firstInstance && agency(letter.firstInstance) !== agency(caseOpener.firstInstance)) return 'different';
  // The letter is what the case waits for: the grounds of a deadline-interrupting appeal come as an
  // appeal, often without the decision's date, which the first letter gave (QA s14, fixF2 follow-up).
  if (!letter.decisionDate && letter.deadlines?.some((kind) => caseOpener.deadlines?.includes(kind))) return 'same';
  return 'unsure';
}
