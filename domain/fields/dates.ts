/** Dates in documents: reading one date, and finding the decision's date and when it was received. */
export { parseDate, findDateMentions, type DateMention } from './date-tokens.ts';
export { findDecisionDate, findDecisionReceivedDate, findLetterDate } from './decision-dates.ts';
