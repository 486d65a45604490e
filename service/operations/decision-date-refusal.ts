import type { PostmottakConfig } from '#schemas/config';
import { reasonNames } from '#domain/reasons/wording';
import { decisionDateProblem, decisionDeadlineWords, type DecisionDates } from '#domain/registry/decision-dates';
import { dayNb } from '../problem-words-nb.ts';
import { unprocessable } from '../problems.ts';

/** Each date as the page labels it (web/src/decision-date-fields.ts) and as `review decide` takes it. */
const fieldNames = {
  decisionDate: { en: 'decision date', nb: 'Vedtaksdatoen', page: 'Vedtaksdato', flag: '--decision-date' },
  decisionReceivedDate: { en: 'date the decision was received', nb: 'Datoen vedtaket ble mottatt', page: 'Vedtak mottatt', flag: '--decision-received' },
} as const;

/**
 * Refuses (422, en and nb) decision dates the deadlines cannot stand on (domain/registry/decision-dates.ts):
 * an appeal left without its decision's date, or a date after the mail arrived. An archivist's decision
 * and a correction say it in the same words; the bokmål names the fields as the page does.
 */
export function refuseBadDecisionDates(input: DecisionDates, config: PostmottakConfig): void {
  const problem = decisionDateProblem(input, config);
  if (!problem) return;
  if (problem.code === 'missing') {
    const names = reasonNames(config);
    const deadline = decisionDeadlineWords(config, problem.documentType);
    const { decisionDate, decisionReceivedDate } = fieldNames;
    throw unprocessable(
      `The ${names.type(problem.documentType, 'en')} needs the date of the decision it is about (fields.decisionDate, or fields.decisionReceivedDate): ${deadline.en} counts from it. Give the date.`,
      `${names.type(problem.documentType, 'nb')} trenger datoen for vedtaket den gjelder (${decisionDate.page}, eller ${decisionReceivedDate.page}): ${deadline.nb} regnes fra den. Legg inn datoen.`,
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

/** A refusal's bokmål as `review decide` tells it: the dates named by the options that give them, not the page's labels. */
export function decisionDatesOnCommandLine(detailNb: string): string {
  let text = detailNb;
  for (const name of Object.values(fieldNames)) text = text.replace(`(${name.page},`, `(${name.flag},`).replace(` ${name.page})`, ` ${name.flag})`).replace(new RegExp(`^${name.nb} `), `${name.flag} `);
  return text;
}
