import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions, parseDate } from '#domain/fields/dates';

describe('parseDate', () => {
  it.each([
    ['12.03.2025', '2025-03-12'],
    ['12.3.25', '2025-03-12'],
    ['1.3.2025', '2025-03-01'],
    ['2025-03-12', '2025-03-12'],
    ['12/03/2025', '2025-03-12'],
    ['12. mars 2025', '2025-03-12'],
    ['12 mars 2025', '2025-03-12'], // sv
    ['12. marts 2025', '2025-03-12'], // da
    ['12 March 2025', '2025-03-12'], // en
    ['March 12, 2025', '2025-03-12'],
    ['12th March 2025', '2025-03-12'],
    ['5th of April 2025', '2025-04-05'],
    ['3. april 2025', '2025-04-03'],
    ['17. mai 2025', '2025-05-17'],
    ['17 maj 2025', '2025-05-17'],
    ['1. desember 2024', '2024-12-01'],
    ['1 december 2024', '2024-12-01'],
    ['15. okt. 2024', '2024-10-15'],
    ['15 Oct 2024', '2024-10-15'],
    ['2. sept. 2024', '2024-09-02'],
    ['28. februari 2025', '2025-02-28'],
    ['29.02.2024', '2024-02-29'],
    ['den 5. april 2025', '2025-04-05'],
    ['12. MARS 2025', '2025-03-12'],
    // OCR
    ['12.03.2O25', '2025-03-12'],
    ['l2.03.2025', '2025-03-12'],
    ['12.O3.2025', '2025-03-12'],
    ['12. 03. 2025', '2025-03-12'],
    ['12.mars 2025', '2025-03-12'],
    ['12. mars2025', '2025-03-12'],
    ['  12.03.2025. ', '2025-03-12'],
    ['2024- 06- 17', '2024-06-17'],
    ['2025- -05- 26', '2025-05-26'],
    ['27. .04.2024', '2024-04-27'],
    ['09. .05. 2024', '2024-05-09'],
    ['11:10.2024', '2024-10-11'],
  ])('%s -> %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([
    ['31.02.2025'],
    ['29.02.2025'],
    ['32.01.2025'],
    ['12.13.2025'],
    ['00.01.2025'],
    ['2025-02-30'],
    ['31. april 2025'],
    ['12. mars'], // no year: not one full date
    ['12.03'],
    ['1234.56.78901'],
    ['2025/04127'],
    ['12.03.2025 og 13.03.2025'],
    ['vedtak 12.03.2025'],
    ['Oslo'],
    [''],
    ['12.03.1850'],
    ['11:10'], // a time
    ['11:10.24'], // a time and a stray number, not a date with a two-digit year
    ['2025- 11 126'],
  ])('%s -> null', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('property: every real calendar date round-trips through the numeric and the ISO form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${day}.${m}.${y}`)).toBe(iso);
        expect(parseDate(`${Number(day)}.${Number(m)}.${y}`)).toBe(iso);
      }),
    );
  });

  it('property: a day beyond the end of its month is never a date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(parseDate(`${last + 1}.${m}.${y}`)).toBeNull();
      }),
    );
  });
});

describe('findDateMentions', () => {
  it('finds full and day-month dates in running text, in order, with positions', () => {
    const text = 'Vedtak av 12.03.2025, mottatt 5. april, klage sendt 2025-04-20.';
    const found = findDateMentions(text);
    expect(found.map((d) => [d.iso, d.day, d.month, d.year])).toEqual([
      ['2025-03-12', 12, 3, 2025],
      [null, 5, 4, null],
      ['2025-04-20', 20, 4, 2025],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('12.03.2025');
  });

  it('does not read dates out of account numbers, references or times', () => {
    expect(findDateMentions('Konto 1234.56.78901, ref. 2025/04127, kl. 10.30, tlf. 22 33 44 55')).toEqual([]);
  });
});
