import type { PostmottakConfig } from '#schemas/config';
import type { IsoDate } from '#schemas/taxonomy';
import { compareIsoDates } from '../calendar.ts';
import { typeRule } from '../config.ts';

/**
 * The decision dates a person gives a document (an archivist's decision, a correction) checked against
 * what they must be. An appeal or a tribunal appeal goes to review so the decision's date can be given
 * (SPEC "Registration, deadlines and routing": its deadline cannot be checked without it), so a
 * decision that leaves it without one is refused rather than registered with no appeal deadline; and a
 * decision cannot be made, or reach its party, after the letter about it arrived.
 */
export type DecisionDateProblem =
  | { code: 'missing'; documentType: string }
  | { code: 'after_received'; field: 'decisionDate' | 'decisionReceivedDate'; date: IsoDate; receivedDate: IsoDate }
  | { code: 'received_before_decision'; decisionDate: IsoDate; decisionReceivedDate: IsoDate };

export interface DecisionDates {
  documentType: string;
  decisionDate: IsoDate | null;
  decisionReceivedDate: IsoDate | null;
  /** The day the mail was received. */
  receivedDate: IsoDate;
}

export function decisionDateProblem(input: DecisionDates, config: PostmottakConfig): DecisionDateProblem | null {
  const { decisionDate, decisionReceivedDate, receivedDate } = input;
  for (const [field, date] of [['decisionDate', decisionDate], ['decisionReceivedDate', decisionReceivedDate]] as const) {
    if (date !== null && compareIsoDates(date, receivedDate) > 0) return { code: 'after_received', field, date, receivedDate };
  }
  if (decisionDate !== null && decisionReceivedDate !== null && compareIsoDates(decisionReceivedDate, decisionDate) < 0) {
    return { code: 'received_before_decision', decisionDate, decisionReceivedDate };
  }
  // Either date starts the appeal deadline (domain/deadlines.ts: from receipt, else from the decision).
  if (typeRule(config, input.documentType).requiresDecisionDate && decisionDate === null && decisionReceivedDate === null) {
    return { code: 'missing', documentType: input.documentType };
  }
  return null;
}
