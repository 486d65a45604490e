import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norwegianDate, parseNorwegianDate } from '../../domain/letters/norwegian-date.ts';

const isoDates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
// The platform's ICU data is an independent oracle for the wording.
const icu = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });

describe('Norwegian date wording', () => {
  it('writes "20. mars 2025" for both written standards', () => {
    expect(norwegianDate('2025-03-20', 'nb')).toBe('20. mars 2025');
    expect(norwegianDate('2025-03-20', 'nn')).toBe('20. mars 2025');
    expect(norwegianDate('2025-04-22', 'nb', { weekday: true })).toBe('tirsdag 22. april 2025');
    expect(norwegianDate('2025-04-22', 'nn', { weekday: true })).toBe('tysdag 22. april 2025');
  });

  it('is what ICU writes for nb-NO and nn-NO, for any date', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom('nb' as const, 'nn' as const), (iso, lang) => {
        const oracle = icu(`${lang}-NO`, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(iso));
        expect(norwegianDate(iso, lang)).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });

  it('names the weekday in the letter’s own written standard', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom('nb' as const, 'nn' as const), (iso, lang) => {
        const weekday = icu(`${lang}-NO`, { weekday: 'long' }).format(utc(iso));
        expect(norwegianDate(iso, lang, { weekday: true })).toBe(`${weekday} ${norwegianDate(iso, lang)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back to the same date, with no leading zero and the month in lower case', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom('nb' as const, 'nn' as const), (iso, lang) => {
        const text = norwegianDate(iso, lang);
        expect(text).toMatch(/^[1-9]\d?\. [a-zæøå]+ \d{4}$/u);
        expect(parseNorwegianDate(text)).toBe(iso);
      }),
    );
  });

  it('refuses what is not a calendar date', () => {
    expect(() => norwegianDate('2025-02-29', 'nb')).toThrow(RangeError);
    expect(() => norwegianDate('20.03.2025', 'nb')).toThrow(RangeError);
  });
});
