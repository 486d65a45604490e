import type { PostmottakConfig } from '#schemas/config';
import { reasonNames } from '#domain/reasons/wording';
import { decisionDateProblem, type DecisionDates } from '#domain/registry/decision-dates';
import { dayNb } from '../problem-words-nb.ts';
import { unprocessable } from '../problems.ts';

const fieldNames = { decisionDate: { en: 'decision date', nb: 'Vedtaksdatoen' }, decisionReceivedDate: { en: 'date the decision was received', nb: 'Datoen vedtaket ble mottatt' } } as const;

/**
 * Refuses (422, en and nb) decision dates a person gave that the deadlines cannot stand on
 * (domain/registry/decision-dates.ts): an appeal left without its decision's date, or a date after
 * the mail arrived. An archivist's decision and a correction say it in the same words.
 */
export function refuseBadDecisionDates(input: DecisionDates, config: PostmottakConfig): void {
  const problem = decisionDateProblem(input, config);
  if (!problem) return;
  if (problem.code === 'missing') {
    const names = reasonNames(config);
    throw unprocessable(
      `A ${names.type(problem.documentType, 'en')} needs the date of the decision it is about (fields.decisionDate, or fields.decisionReceivedDate): the appeal deadline counts from it. Give the date.`,
      `${names.type(problem.documentType, 'nb')} trenger datoen for vedtaket den gjelder (Vedtaksdato, eller datoen vedtaket ble mottatt): klagefristen regnes fra den. Legg inn datoen.`,
    );
  }
  if (problem.code === 'after_received') {
    const name = fieldNames[problem.field];
    throw unprocessable(
      `The ${name.en} ${problem.date} is after the day the mail was received, ${problem.receivedDate}.`,
      `${name.nb} ${dayNb(problem.date)} er etter dagen posten ble mottatt, ${dayNb(problem.receivedDate)}.`,
    );
  }
  throw unprocessable(
    `The decision cannot have been received (${problem.decisionReceivedDate}) before it was made (${problem.decisionDate}).`,
    `Vedtaket kan ikke være mottatt (${dayNb(problem.decisionReceivedDate)}) før det ble fattet (${dayNb(problem.decisionDate)}).`,
  );
}
