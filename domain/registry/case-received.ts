import type { IsoDate } from '#schemas/taxonomy';
import { compareIsoDates } from '../calendar.ts';

/**
 * The first day a case's mail was in the house: the case's received date (its opening document's) or
 * an earlier one of a document registered on it since (a letter scanned late, or received at another
 * office first). A day a person gives for work on the case (a deadline opened) is bounded by it.
 */
export function caseReceivedFrom(caseReceived: IsoDate, documentsReceived: readonly (IsoDate | null)[]): IsoDate {
  return documentsReceived.reduce<IsoDate>((earliest, day) => (day && compareIsoDates(day, earliest) < 0 ? day : earliest), caseReceived);
}
