import type { IsoDate } from '#schemas/taxonomy';
import { dayBeforeExistence, dayBeforeExistenceWords, type DayBeforeExistence, type DayBeforeProblem } from '#domain/registry/days-before-existence';
import { unprocessable, type ApiProblem } from '../problems.ts';

/** The 422 (en and nb) for a day sent before the letter's date or a deadline opened before the case was received. */
export function dayBeforeExistenceRefusal(problem: DayBeforeProblem): ApiProblem {
  const words = dayBeforeExistenceWords(problem);
  return unprocessable(words.en, words.nb);
}

export function refuseDayBeforeExistence(kind: DayBeforeExistence, day: IsoDate, earliest: IsoDate): void {
  const problem = dayBeforeExistence(kind, day, earliest);
  if (problem) throw dayBeforeExistenceRefusal(problem);
}
