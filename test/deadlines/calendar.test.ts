import { describe, expect, it } from 'vitest';
import type { Duration } from '#schemas/config';
import {
  addDuration,
  compareIsoDates,
  deadlineDate,
  easterSunday,
  isNonWorkingDay,
  osloDate,
  publicHolidays,
  weekday,
} from '#domain/calendar';

const months = (amount: number): Duration => ({ unit: 'months', amount });
const weeks = (amount: number): Duration => ({ unit: 'weeks', amount });
const days = (amount: number): Duration => ({ unit: 'days', amount });

describe('easterSunday', () => {
  // Worked out by hand from church calendars; 1818 and 2285 are the earliest possible (22 March), 1943 and 2038 the latest (25 April).
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, expected) => {
    // Act
    const easter = easterSunday(year);

    // Assert
    expect(easter).toBe(expected);
  });

  it.each([1582, 10_000, 2025.5, Number.NaN])('refuses year %s', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});

describe('publicHolidays', () => {
  it('lists the twelve holidays of 2025 in date order', () => {
    // Act
    const holidays = publicHolidays(2025);

    // Assert
    expect(holidays.map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-04-17', // Maundy Thursday
      '2025-04-18', // Good Friday
      '2025-04-20', // Easter Sunday
      '2025-04-21', // Easter Monday
      '2025-05-01',
      '2025-05-17',
      '2025-05-29', // Ascension = Easter + 39
      '2025-06-08', // Whit Sunday
      '2025-06-09', // Whit Monday = Easter + 50
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(holidays.every((h) => h.name.length > 0)).toBe(true);
    expect(new Set(holidays.map((h) => h.name)).size).toBe(12);
  });

  it.each([
    [2024, '2024-05-09', '2024-05-20'],
    [2026, '2026-05-14', '2026-05-25'],
    [2027, '2027-05-06', '2027-05-17'],
  ])('%i: Ascension %s, Whit Monday %s', (year, ascension, whitMonday) => {
    // Act
    const byName = new Map(publicHolidays(year).map((h) => [h.name, h.date]));

    // Assert
    expect(byName.get('Kristi himmelfartsdag')).toBe(ascension);
    expect(byName.get('Andre pinsedag')).toBe(whitMonday);
  });

  it('keeps both holidays when Ascension falls on 1 May (2008)', () => {
    // Act
    const onMayDay = publicHolidays(2008).filter((h) => h.date === '2008-05-01');

    // Assert
    expect(onMayDay.map((h) => h.name).sort()).toEqual(['Kristi himmelfartsdag', 'Offentlig høytidsdag']);
  });

  it('returns a copy the caller cannot use to change the calendar', () => {
    // Arrange
    const first = publicHolidays(2025);
    first[0]!.date = '2025-01-02';
    first.pop();

    // Act
    const second = publicHolidays(2025);

    // Assert
    expect(second).toHaveLength(12);
    expect(second[0]!.date).toBe('2025-01-01');
    expect(isNonWorkingDay('2025-01-02')).toBe(false);
  });
});

describe('isNonWorkingDay', () => {
  it.each([
    ['2025-04-17', true, 'Maundy Thursday'],
    ['2025-04-18', true, 'Good Friday'],
    ['2025-04-22', false, 'Tuesday after Easter'],
    ['2025-05-01', true, 'Labour Day (Thursday)'],
    ['2025-05-17', true, 'Constitution Day (Saturday)'],
    ['2025-05-19', false, 'Monday'],
    ['2025-05-30', false, 'Friday after Ascension'],
    ['2025-06-23', false, 'Midsummer Eve is not a holiday'],
    ['2025-12-24', false, 'Christmas Eve is not a holiday'],
    ['2025-12-26', true, 'Boxing Day'],
    ['2025-12-31', false, "New Year's Eve is not a holiday"],
    ['2026-01-01', true, "New Year's Day"],
    ['2025-03-22', true, 'Saturday'],
    ['2025-03-23', true, 'Sunday'],
    ['2025-03-24', false, 'Monday'],
  ])('%s -> %s (%s)', (date, expected) => {
    expect(isNonWorkingDay(date)).toBe(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '25-01-01', '2025-1-1', ''])('refuses %j', (date) => {
    expect(() => isNonWorkingDay(date)).toThrow(RangeError);
  });
});

describe('addDuration (domstolloven § 148 first paragraph)', () => {
  it.each([
    ['2025-01-31', months(1), '2025-02-28', 'no 31 Feb: last day of February'],
    ['2024-01-31', months(1), '2024-02-29', 'leap year'],
    ['2025-01-29', months(1), '2025-02-28', 'no 29 Feb in 2025'],
    ['2025-02-28', months(1), '2025-03-28', 'same date, not month end to month end'],
    ['2025-08-31', months(1), '2025-09-30', '30-day month'],
    ['2025-03-31', months(3), '2025-06-30', 'three months'],
    ['2025-11-15', months(3), '2026-02-15', 'across the year end'],
    ['2024-02-29', months(12), '2025-02-28', 'leap day plus a year'],
    ['2025-03-20', months(1), '2025-04-20', 'raw end may be a holiday'],
    ['2025-04-05', weeks(6), '2025-05-17', 'weeks keep the weekday'],
    ['2025-12-05', weeks(3), '2025-12-26', 'weeks across December'],
    ['2025-12-20', weeks(2), '2026-01-03', 'weeks across the year end'],
    ['2024-02-22', weeks(1), '2024-02-29', 'weeks through a leap day'],
    ['2025-12-30', days(3), '2026-01-02', 'days'],
  ])('%s + %o = %s (%s)', (start, duration, expected) => {
    // Act
    const end = addDuration(start, duration);

    // Assert
    expect(end).toBe(expected);
  });
});

describe('deadlineDate (domstolloven § 148 second paragraph)', () => {
  it.each([
    ['2025-01-31', months(1), '2025-02-28', 'SPEC: Fri 31 Jan + 1 month = Fri 28 Feb'],
    ['2025-03-20', months(1), '2025-04-22', 'SPEC: Easter Sunday 20 Apr, Easter Monday 21 Apr -> Tue 22 Apr'],
    ['2025-04-05', weeks(6), '2025-05-19', 'SPEC: Sat 17 May -> Mon 19 May'],
    ['2025-12-05', weeks(3), '2025-12-29', 'SPEC: Boxing Day Fri 26 Dec -> Mon 29 Dec'],
    ['2025-03-12', weeks(6), '2025-04-23', 'SPEC CLI example: appeal deadline'],
    ['2025-03-20', months(3), '2025-06-20', 'a working Friday stays'],
    ['2026-05-03', weeks(2), '2026-05-18', '17 May 2026 is a Sunday -> Mon 18 May'],
    ['2025-03-27', weeks(3), '2025-04-22', 'Maundy Thursday -> five days on to Tuesday'],
    ['2025-04-17', weeks(6), '2025-05-30', 'Ascension Thursday -> Friday'],
    ['2025-05-09', months(1), '2025-06-10', 'Whit Monday 9 Jun -> Tuesday'],
    ['2025-11-20', weeks(6), '2026-01-02', "New Year's Day -> Friday"],
    ['2024-01-31', months(1), '2024-02-29', 'leap day is a working Thursday'],
  ])('%s + %o is due %s (%s)', (start, duration, expected) => {
    // Act
    const due = deadlineDate(start, duration);

    // Assert
    expect(due).toBe(expected);
  });
});

describe('osloDate', () => {
  it.each([
    ['2025-01-14T22:59:59.999Z', '2025-01-14', 'winter: 23:59 Oslo'],
    ['2025-01-14T23:00:00.000Z', '2025-01-15', 'winter: midnight Oslo is 23:00 UTC'],
    ['2025-01-15T00:00:00.000Z', '2025-01-15', 'midnight UTC is 01:00 Oslo'],
    ['2025-06-30T21:59:59.999Z', '2025-06-30', 'summer: 23:59 Oslo'],
    ['2025-06-30T22:00:00.000Z', '2025-07-01', 'summer: midnight Oslo is 22:00 UTC'],
    ['2025-03-29T22:59:59.000Z', '2025-03-29', 'night before spring switch, still CET'],
    ['2025-03-29T23:00:00.000Z', '2025-03-30', 'spring switch day starts at 23:00 UTC'],
    ['2025-03-30T01:00:00.000Z', '2025-03-30', '02:00 CET becomes 03:00 CEST'],
    ['2025-03-30T21:59:59.000Z', '2025-03-30', 'evening of spring switch day, CEST'],
    ['2025-03-30T22:00:00.000Z', '2025-03-31', 'first midnight in CEST'],
    ['2025-10-25T22:00:00.000Z', '2025-10-26', 'autumn switch day starts at 22:00 UTC'],
    ['2025-10-26T00:59:59.000Z', '2025-10-26', 'just before 03:00 CEST becomes 02:00 CET'],
    ['2025-10-26T22:59:59.000Z', '2025-10-26', 'evening of autumn switch day, CET'],
    ['2025-10-26T23:00:00.000Z', '2025-10-27', 'first midnight in CET'],
    ['2024-12-31T23:00:00.000Z', '2025-01-01', 'new year in Oslo an hour before UTC'],
  ])('%s -> %s (%s)', (instant, expected) => {
    // Act
    const date = osloDate(new Date(instant));

    // Assert
    expect(date).toBe(expected);
  });

  it('refuses an invalid instant', () => {
    expect(() => osloDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('compareIsoDates and weekday', () => {
  it.each([
    ['2025-05-19', '2025-05-20', -1],
    ['2025-05-20', '2025-05-19', 1],
    ['2025-05-19', '2025-05-19', 0],
    ['2024-12-31', '2025-01-01', -1],
  ])('compare(%s, %s) = %i', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });

  it('sorts dates with Array.prototype.sort', () => {
    expect(['2025-03-01', '2024-12-31', '2025-02-28'].sort(compareIsoDates)).toEqual(['2024-12-31', '2025-02-28', '2025-03-01']);
  });

  it.each([
    ['2025-01-31', 5],
    ['2025-04-20', 0],
    ['2025-05-17', 6],
    ['2026-05-17', 0],
  ])('%s is weekday %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});
