import type { IsoDate } from '#schemas/taxonomy';
import { compareIsoDates } from '../calendar.ts';
import { date } from '../wording/names-nb.ts';

/**
 * A day a person gives for something done to a thing cannot be before the thing existed: a letter is
 * not sent before the day it is dated, a case handler does not open a deadline on a case before
 * the case was received, and mail is not received before its envelope was postmarked (as the intake
 * refuses it; an archivist's correction of either date the same). Accepted, such a day is journaled («Brev sendt 19. mars 2025» on a letter of
 * 30.11.2026) and a deadline counts from it (overdue the moment it is opened). The command line, the
 * API and the page refuse it in these words (the sibling of days-to-come.ts, which bounds such days
 * from above).
 */
export type DayBeforeExistence = 'sent' | 'opened' | 'received';

export interface DayBeforeProblem {
  kind: DayBeforeExistence;
  day: IsoDate;
  /** The letter's date, the day the case was received, or the postmark. */
  earliest: IsoDate;
}

export function dayBeforeExistence(kind: DayBeforeExistence, day: IsoDate, earliest: IsoDate): DayBeforeProblem | null {
  return compareIsoDates(day, earliest) < 0 ? { kind, day, earliest } : null;
}

/** The refusal, in words that need no field label (the CLI's `--on` and the page's «Sendt dato» read the same line). */
export function dayBeforeExistenceWords(problem: DayBeforeProblem): { en: string; nb: string } {
  const { day, earliest } = problem;
  if (problem.kind === 'sent') {
    return {
      en: `The letter is dated ${earliest}; it cannot have been sent on ${day}, before it was written.`,
      nb: `Brevet er datert ${date(earliest)}; det kan ikke være sendt ${date(day)}, før det ble skrevet.`,
    };
  }
  if (problem.kind === 'received') {
    return {
      en: `The postmark is ${earliest}; the mail cannot have been received on ${day}, before it was postmarked.`,
      nb: `Poststempelet er ${date(earliest)}; posten kan ikke være mottatt ${date(day)}, før den ble poststemplet.`,
    };
  }
  return {
    en: `The case was received on ${earliest}; a deadline cannot be opened on ${day}, before the case was received.`,
    nb: `Saken ble mottatt ${date(earliest)}; en frist kan ikke åpnes ${date(day)}, før saken ble mottatt.`,
  };
}
