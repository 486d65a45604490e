/**
 * The hand-written slice of decision dates as writers give them (session 19, fields19), kept beside its test
 * in test/fields/fixtures/written-decision-dates.json: one loader and one reading for the test and
 * scripts/written-decision-dates.ts, so both score the same thing.
 */
import { readFileSync } from 'node:fs';
import { extractFields } from '../domain/fields/index.ts';
import type { IsoDate } from '../schemas/taxonomy.ts';

export interface WrittenDateCase {
  id: string;
  text: string;
  mailReceived?: IsoDate;
  decisionDate: IsoDate | null;
  decisionReceivedDate: IsoDate | null;
  mustNotTake?: IsoDate[];
}

export function writtenDecisionDateCases(): WrittenDateCase[] {
  const url = new URL('../test/fields/fixtures/written-decision-dates.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: WrittenDateCase[] }).cases;
}

/** Each case is read as an appeal to the first instance's decision, with the day the mail came where it gives one. */
export const readAsAppeal = (c: WrittenDateCase) => extractFields(c.text, 'first_instance', { receivedDate: c.mailReceived ?? null });
