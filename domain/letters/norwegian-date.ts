import type { IsoDate } from '#schemas/taxonomy';
import type { LetterLanguage } from '#schemas/letters';
import { parseIsoDate, weekday } from '../calendar.ts';

/**
 * Dates as Norwegian letters write them: "20. mars 2025" (Språkrådet: day with a full stop, month in
 * lower case, no leading zero). Bokmål and nynorsk share the month names; the weekdays differ
 * (mandag/måndag, tirsdag/tysdag, lørdag/laurdag; nynorsk allows søndag and sundag, and ICU writes søndag), so the language is part of the call.
 */
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const;
const MONTHS_BY_LANGUAGE: Record<LetterLanguage, readonly string[]> = { nb: MONTHS, nn: MONTHS };
const WEEKDAYS: Record<LetterLanguage, readonly string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['søndag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
};

/** «mars»: a month (1–12) as a letter names it. */
export function monthName(month: number, language: LetterLanguage): string {
  const name = MONTHS_BY_LANGUAGE[language][month - 1];
  if (!name) throw new RangeError(`no month ${month}`);
  return name;
}

/** The calendar (domain/calendar.ts) validates the date and knows its weekday; this module only words them. */
export function norwegianDate(date: IsoDate, language: LetterLanguage, options: { weekday?: boolean } = {}): string {
  const { year, month, day } = parseIsoDate(date);
  const text = `${day}. ${MONTHS_BY_LANGUAGE[language][month - 1]} ${year}`;
  return options.weekday ? `${WEEKDAYS[language][weekday(date)]} ${text}` : text;
}

/** The inverse, for tests and for reading a letter back: "20. mars 2025" -> "2025-03-20". */
export function parseNorwegianDate(text: string): IsoDate | null {
  const m = /^(?:\p{Ll}+\s)?(\d{1,2})\.\s(\p{Ll}+)\s(\d{4})$/u.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1;
  if (month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
