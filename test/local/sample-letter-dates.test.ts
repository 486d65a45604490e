import { describe, expect, it } from 'vitest';
import { isNonWorkingDay } from '../../domain/calendar.ts';
import { parseNorwegianDate } from '../../domain/letters/norwegian-date.ts';
import { daysBefore } from '../../scripts/make-samples.ts';

/**
 * Review of left10: the demo's letters were dated a fixed number of days back, so on some days a
 * decision or a transfer was «dated» a Saturday or Easter Sunday. Letters are written on working days.
 */
const iso = (short: string) => short.split('.').reverse().join('-');

describe("the sample letters' dates", () => {
  it('moves a date on a weekend to the working day before (received Monday 30.11.2026, two days back is Saturday)', () => {
    expect(daysBefore('2026-11-30', 2)).toMatchObject({ short: '27.11.2026', long: '27. november 2026', month: 'november', year: 2026 });
  });

  it('moves past public holidays too (Easter 2025: Saturday, Good Friday and Maundy Thursday back to Wednesday 16 April)', () => {
    expect(daysBefore('2025-04-22', 3).short).toBe('16.04.2025');
  });

  it('dates every letter of a year of demo days on a working day, the short and the long form the same day', () => {
    for (let day = new Date('2026-01-01T00:00:00Z'); day < new Date('2027-01-01T00:00:00Z'); day = new Date(day.getTime() + 86_400_000)) {
      const received = day.toISOString().slice(0, 10);
      for (const back of [2, 3, 6, 8, 9, 10, 20, 24, 36, 59]) {
        const at = daysBefore(received, back);
        expect(isNonWorkingDay(iso(at.short)), `${received} − ${back}`).toBe(false);
        expect(parseNorwegianDate(at.long)).toBe(iso(at.short));
      }
    }
  });
});
