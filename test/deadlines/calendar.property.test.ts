import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Duration } from '#schemas/config';
import {
  addDays,
  addDuration,
  compareIsoDates,
  daysBetween,
  deadlineDate,
  easterSunday,
  isNonWorkingDay,
  osloDate,
  publicHolidays,
  weekday,
} from '#domain/calendar';

const DAY_MS = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Any calendar date from 1950 to 2150, built independently of the module under test. */
const isoDate = fc
  .integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2150, 11, 31) / DAY_MS })
  .map((epochDay) => utcDate(epochDay * DAY_MS));
const duration: fc.Arbitrary<Duration> = fc.record({
  unit: fc.constantFrom('days' as const, 'weeks' as const, 'months' as const),
  amount: fc.integer({ min: 1, max: 36 }),
});
const year = fc.integer({ min: 1950, max: 2150 });

/** Knuth's Easter algorithm (TAOCP vol. 1, 1.3.2 ex. 14), a different derivation from the one under test. */
function knuthEaster(y: number): string {
  const golden = (y % 19) + 1;
  const century = Math.floor(y / 100) + 1;
  const skippedLeapYears = Math.floor((3 * century) / 4) - 12;
  const moonCorrection = Math.floor((8 * century + 5) / 25) - 5;
  const sunday = Math.floor((5 * y) / 4) - skippedLeapYears - 10;
  let epact = (11 * golden + 20 + moonCorrection - skippedLeapYears) % 30;
  if ((epact === 25 && golden > 11) || epact === 24) epact += 1;
  let fullMoon = 44 - epact;
  if (fullMoon < 21) fullMoon += 30;
  const day = fullMoon + 7 - ((sunday + fullMoon) % 7);
  return day > 31 ? `${y}-04-${String(day - 31).padStart(2, '0')}` : `${y}-03-${String(day).padStart(2, '0')}`;
}

describe('easter properties', () => {
  it('agrees with Knuth for every year from 1583 to 4099', () => {
    for (let y = 1583; y <= 4099; y++) expect(easterSunday(y), String(y)).toBe(knuthEaster(y));
  });

  it('is always a Sunday from 22 March to 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (y) => {
        const easter = easterSunday(y);
        expect(weekday(easter)).toBe(0);
        expect(easter >= `${y}-03-22` && easter <= `${y}-04-25`).toBe(true);
      }),
    );
  });

  it('puts every holiday in its year, Ascension on a Thursday and Whit Monday 50 days after Easter', () => {
    fc.assert(
      fc.property(year, (y) => {
        const holidays = publicHolidays(y);
        const byName = new Map(holidays.map((h) => [h.name, h.date]));
        const easter = easterSunday(y);
        expect(holidays).toHaveLength(12);
        expect(holidays.every((h) => h.date.startsWith(`${y}-`) && isNonWorkingDay(h.date))).toBe(true);
        expect(daysBetween(easter, byName.get('Kristi himmelfartsdag')!)).toBe(39);
        expect(weekday(byName.get('Kristi himmelfartsdag')!)).toBe(4);
        expect(daysBetween(easter, byName.get('Andre pinsedag')!)).toBe(50);
        expect(daysBetween(easter, byName.get('Langfredag')!)).toBe(-2);
      }),
    );
  });
});

describe('deadline properties (1950-2150)', () => {
  it('never falls due on a Saturday, Sunday or holiday', () => {
    fc.assert(fc.property(isoDate, duration, (start, d) => !isNonWorkingDay(deadlineDate(start, d))), { numRuns: 2000 });
  });

  it('is the raw end day, or the first working day after it with only non-working days between', () => {
    fc.assert(
      fc.property(isoDate, duration, (start, d) => {
        const raw = addDuration(start, d);
        const due = deadlineDate(start, d);
        expect(compareIsoDates(due, raw)).toBeGreaterThanOrEqual(0);
        // The longest run of non-working days is Maundy Thursday to Easter Monday.
        expect(daysBetween(raw, due)).toBeLessThanOrEqual(5);
        for (let day = raw; day !== due; day = addDays(day, 1)) expect(isNonWorkingDay(day), day).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a raw end day that is a working day where it is', () => {
    fc.assert(
      fc.property(isoDate, duration, (start, d) => {
        const raw = addDuration(start, d);
        fc.pre(!isNonWorkingDay(raw));
        expect(deadlineDate(start, d)).toBe(raw);
      }),
    );
  });

  it('ends a deadline in weeks on the same weekday, 7 days per week on', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 60 }), (start, amount) => {
        const end = addDuration(start, { unit: 'weeks', amount });
        expect(weekday(end)).toBe(weekday(start));
        expect(daysBetween(start, end)).toBe(7 * amount);
      }),
    );
  });

  it('ends a deadline in days that many days on', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 400 }), (start, amount) => {
        expect(daysBetween(start, addDuration(start, { unit: 'days', amount }))).toBe(amount);
      }),
    );
  });

  it('ends a deadline in months on the same date, or the last day of a shorter month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 36 }), (start, amount) => {
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const end = addDuration(start, { unit: 'months', amount });
        const targetFirst = new Date(Date.UTC(y, m - 1 + amount, 1));
        const lastDay = new Date(Date.UTC(targetFirst.getUTCFullYear(), targetFirst.getUTCMonth() + 1, 0)).getUTCDate();
        expect(end).toBe(utcDate(Date.UTC(targetFirst.getUTCFullYear(), targetFirst.getUTCMonth(), Math.min(d, lastDay))));
      }),
    );
  });

  it('grows with the amount', () => {
    fc.assert(
      fc.property(isoDate, duration, (start, d) => {
        const longer = { ...d, amount: d.amount + 1 };
        expect(compareIsoDates(addDuration(start, longer), addDuration(start, d))).toBe(1);
        expect(compareIsoDates(deadlineDate(start, longer), deadlineDate(start, d))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

/** Norway's offset under the EU rule (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC). */
function lastSundayUtc(y: number, monthIndex: number): number {
  const last = new Date(Date.UTC(y, monthIndex + 1, 0));
  return Date.UTC(y, monthIndex, last.getUTCDate() - last.getUTCDay(), 1);
}
function osloOffsetHours(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  return ms >= lastSundayUtc(y, 2) && ms < lastSundayUtc(y, 9) ? 2 : 1;
}

describe('osloDate properties', () => {
  it('is the UTC date one hour on in winter and two in summer (2000-2099)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        expect(osloDate(new Date(ms))).toBe(utcDate(ms + osloOffsetHours(ms) * 3_600_000));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes date at Oslo midnight around every DST switch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(2, 9), fc.integer({ min: -3, max: 3 }), (y, monthIndex, dayShift) => {
        // Midnight Oslo time on days around the switch: 23:00 UTC the day before in CET, 22:00 in CEST.
        const switchAt = lastSundayUtc(y, monthIndex);
        const dayStartUtc = switchAt - 3_600_000 + dayShift * DAY_MS; // 00:00 UTC of a day near the switch
        const oslo = utcDate(dayStartUtc);
        const midnight = dayStartUtc - osloOffsetHours(dayStartUtc - 2 * 3_600_000) * 3_600_000;
        expect(osloDate(new Date(midnight))).toBe(oslo);
        expect(osloDate(new Date(midnight - 1))).toBe(addDays(oslo, -1));
      }),
    );
  });
});
