import type { Duration } from '#schemas/config';
import type { IsoDate } from '#schemas/taxonomy';

/**
 * The Norwegian legal calendar: public holidays (lov om helligdager og helligdagsfred § 1, lov om
 * 1. og 17. mai som høgtidsdager) and deadline arithmetic after domstolloven § 148, which the
 * appeal rules of forvaltningsloven and folketrygdloven § 21-12 build on.
 *
 * Dates are plain 'YYYY-MM-DD' calendar dates. Arithmetic runs on UTC midnights so no time zone or
 * daylight-saving shift can move a day; the only place a time zone matters is osloDate().
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The Gregorian Easter computus is only meaningful from the calendar reform on; 4-digit years keep IsoDate. */
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

interface CalendarDay {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** A 'YYYY-MM-DD' date's year, month and day; a RangeError for anything that is not a calendar date. */
export function parseIsoDate(date: IsoDate): CalendarDay {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): '${date}'`);
}

function formatIsoDate({ year, month, day }: CalendarDay): IsoDate {
  if (year < 0 || year > LAST_YEAR) throw new RangeError(`year ${year} is outside 0000-9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * DAY_MS);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday(date: IsoDate): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year must be an integer from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`);
  }
}

/** Western (Gregorian) Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

const holidayCache = new Map<number, readonly PublicHoliday[]>();

/**
 * Norway's public holidays of a year, in date order. Two holidays can fall on one date (Ascension Day
 * was 1 May in 2008 and 17 May in 2007); both are listed, because they are two holidays.
 */
export function publicHolidays(year: number): { date: IsoDate; name: string }[] {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = (month: number, day: number, name: string): PublicHoliday => ({ date: formatIsoDate({ year, month, day }), name });
    const moveable = (offset: number, name: string): PublicHoliday => ({ date: addDays(easter, offset), name });
    holidays = [
      fixed(1, 1, 'Første nyttårsdag'),
      moveable(-3, 'Skjærtorsdag'),
      moveable(-2, 'Langfredag'),
      moveable(0, 'Første påskedag'),
      moveable(1, 'Andre påskedag'),
      fixed(5, 1, 'Offentlig høytidsdag'),
      fixed(5, 17, 'Grunnlovsdag'),
      moveable(39, 'Kristi himmelfartsdag'),
      moveable(49, 'Første pinsedag'),
      moveable(50, 'Andre pinsedag'),
      fixed(12, 25, 'Første juledag'),
      fixed(12, 26, 'Andre juledag'),
    ].sort((x, y) => compareIsoDates(x.date, y.date));
    holidayCache.set(year, holidays);
  }
  return holidays.map((h) => ({ ...h }));
}

const holidayDateCache = new Map<number, ReadonlySet<IsoDate>>();

function holidayDates(year: number): ReadonlySet<IsoDate> {
  let dates = holidayDateCache.get(year);
  if (!dates) {
    dates = new Set(publicHolidays(year).map((h) => h.date));
    holidayDateCache.set(year, dates);
  }
  return dates;
}

export function isPublicHoliday(date: IsoDate): boolean {
  return holidayDates(parseIsoDate(date).year).has(date);
}

/** Saturday, Sunday or a public holiday: a day on which a deadline cannot end (domstolloven § 148 second paragraph). */
export function isNonWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6 || isPublicHoliday(date);
}

/**
 * The raw last day of a deadline (domstolloven § 148 first paragraph), before moving past non-working
 * days: weeks end on the same weekday, months on the same date or the month's last day when that date
 * does not exist (31 Jan + 1 month = 28/29 Feb, but 28 Feb + 1 month = 28 Mar), days are counted on.
 */
export function addDuration(start: IsoDate, duration: Duration): IsoDate {
  if (!Number.isInteger(duration.amount) || duration.amount < 0) throw new RangeError(`deadline amount must be a whole number >= 0, got ${duration.amount}`);
  switch (duration.unit) {
    case 'days':
      return addDays(start, duration.amount);
    case 'weeks':
      return addDays(start, 7 * duration.amount);
    case 'months': {
      const { year, month, day } = parseIsoDate(start);
      const monthIndex = month - 1 + duration.amount;
      const targetYear = year + Math.floor(monthIndex / 12);
      const targetMonth = (monthIndex % 12) + 1;
      return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
    }
  }
}

/** The first day on or after date that is a working day. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The due date of a deadline that starts running on start: the raw end day, moved forward past Saturdays, Sundays and holidays. */
export function deadlineDate(start: IsoDate, duration: Duration): IsoDate {
  return nextWorkingDay(addDuration(start, duration));
}

const osloFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Norway at an instant; mail received at 00:30 Oslo time on a winter night is that day, not the UTC day before. */
export function osloDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('osloDate needs a valid instant');
  const parts = Object.fromEntries(osloFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return formatIsoDate({ year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) });
}
