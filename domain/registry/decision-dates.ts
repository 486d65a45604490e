import type { PostmottakConfig } from '#schemas/config';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { compareIsoDates } from '../calendar.ts';
import { typeRule } from '../config.ts';
import { deadlineRule } from '../deadlines.ts';
import { decisionDeadlineNames } from '../reasons/wording.ts';

/**
 * The decision dates of a document (as read, as an archivist's decision or a correction leaves them)
 * checked against what they must be. An appeal, a deadline-interrupting appeal or a tribunal appeal
 * (typeRules[].requiresDecisionDate) goes to review so the decision's
 * date can be given (SPEC "Registration, deadlines and routing": its deadline cannot be checked without
 * it), so a decision that leaves it without one is refused rather than registered with no appeal
 * deadline; and a decision cannot be made, or reach its party, after the letter about it arrived.
 */
export type DecisionDateField = 'decisionDate' | 'decisionReceivedDate';

export type DecisionDateProblem =
  | { code: 'missing'; documentType: string }
  | { code: 'after_received'; field: DecisionDateField; date: IsoDate; receivedDate: IsoDate }
  | { code: 'received_before_decision'; decisionDate: IsoDate; decisionReceivedDate: IsoDate };

export interface DecisionDates {
  documentType: string;
  decisionDate: IsoDate | null;
  decisionReceivedDate: IsoDate | null;
  /** The day the mail was received. */
  receivedDate: IsoDate;
  /** The dates the person gave; the others are as the machine read them. */
  given: readonly DecisionDateField[];
}

/**
 * Whether a type's deadlines count from the decision it is about (it needs the date, or opens a
 * deadline counted `from: 'decision'`): only then does a wrong decision date set a legal deadline.
 * A medical declaration's read date sets nothing, so it is no reason to stop it.
 */
export function countsFromDecision(config: PostmottakConfig, documentType: string): boolean {
  const rule = typeRule(config, documentType);
  return rule.requiresDecisionDate || rule.opens.some((kind) => deadlineRule(kind, config).from === 'decision');
}

/** The first of the decision dates that is after the day the mail was received (a misread year), or null. */
export function dateAfterReceived(dates: Pick<DecisionDates, DecisionDateField>, receivedDate: IsoDate): { field: DecisionDateField; date: IsoDate } | null {
  for (const field of ['decisionDate', 'decisionReceivedDate'] as const) {
    const date = dates[field];
    if (date !== null && compareIsoDates(date, receivedDate) > 0) return { field, date };
  }
  return null;
}

/**
 * The problem with the dates a decision or correction leaves, or null. Dates the machine read are
 * checked only where the type's deadlines count from them; a date the person gave is always checked.
 */
export function decisionDateProblem(input: DecisionDates, config: PostmottakConfig): DecisionDateProblem | null {
  const { decisionDate, decisionReceivedDate, receivedDate } = input;
  const counts = countsFromDecision(config, input.documentType);
  const checked = { decisionDate: counts || input.given.includes('decisionDate') ? decisionDate : null, decisionReceivedDate: counts || input.given.includes('decisionReceivedDate') ? decisionReceivedDate : null };
  const late = dateAfterReceived(checked, receivedDate);
  if (late) return { code: 'after_received', ...late, receivedDate };
  if ((counts || input.given.length > 0) && decisionDate !== null && decisionReceivedDate !== null && compareIsoDates(decisionReceivedDate, decisionDate) < 0) {
    return { code: 'received_before_decision', decisionDate, decisionReceivedDate };
  }
  // Either date starts the appeal deadline (domain/deadlines.ts: from receipt, else from the decision).
  if (typeRule(config, input.documentType).requiresDecisionDate && decisionDate === null && decisionReceivedDate === null) {
    return { code: 'missing', documentType: input.documentType };
  }
  return null;
}

/** The deadline a type's decision date starts (the first it opens counted `from: 'decision'`), or null when none does. */
export function decisionDeadlineKind(config: PostmottakConfig, documentType: string): DeadlineKind | null {
  return typeRule(config, documentType).opens.find((kind) => deadlineRule(kind, config).from === 'decision') ?? null;
}

/** That deadline in words: «klagefristen» for an appeal, «ankefristen» for a tribunal appeal. */
export function decisionDeadlineWords(config: PostmottakConfig, documentType: string): { en: string; nb: string } {
  const kind = decisionDeadlineKind(config, documentType);
  return kind === 'tribunal_appeal_deadline' ? decisionDeadlineNames.tribunal_appeal_deadline : decisionDeadlineNames.appeal_deadline;
}
