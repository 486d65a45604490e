import { describe, expect, it } from 'vitest';
import { isoFromTyped, typedFromIso } from '#domain/wording/typed-date';
import { date } from '#domain/wording/names-nb';
import { dateProblem } from '../../web/src/typed-date.ts';

/** The page's day fields (web/src/typed-date.ts): what a typed day means, and the sentence for one that is none. */
describe('a typed day', () => {
  it.each([
    ['24.03.2025', '2025-03-24'],
    ['4.3.2025', '2025-03-04'],
    [' 24.03.2025 ', '2025-03-24'],
    ['24032025', '2025-03-24'],
    ['2025-03-24', '2025-03-24'],
    ['29.02.2024', '2024-02-29'],
    ['', ''],
  ])('%j is %j', (typed, iso) => {
    expect(isoFromTyped(typed)).toBe(iso);
  });

  it.each(['31.02.2025', '29.02.2025', '24.13.2025', '00.03.2025', '03/24/2025', '24.03.25', '24-03-2025', '2025-3-24', 'i går', '24.03.0999'])('%j is no day', (typed) => {
    expect(isoFromTyped(typed)).toBeNull();
  });

  it('is shown back as dd.mm.åååå', () => {
    expect(typedFromIso('2025-03-04')).toBe('04.03.2025');
    expect(typedFromIso(null)).toBe('');
  });

  it('reads back as every line the CLI and the service print a day: one conversion, «–» for none', () => {
    expect(date('2025-03-04')).toBe(typedFromIso('2025-03-04'));
    expect(date('2025-03-04T10:00:00.000Z')).toBe('04.03.2025');
    expect(date(null)).toBe('–');
    expect(date('')).toBe('–');
  });

  it('that is none, or missing where one is needed, is told in one Norwegian sentence naming the field', () => {
    expect(dateProblem('31.02.2025', 'Vedtaksdato', false)).toBe('Vedtaksdato: «31.02.2025» er ingen dato. Skriv den som dd.mm.åååå, for eksempel 24.03.2025.');
    expect(dateProblem('', 'Sendt dato', true)).toBe('Sendt dato: skriv en dato som dd.mm.åååå, for eksempel 24.03.2025.');
    expect(dateProblem('', 'Brevdato', false)).toBeNull();
    expect(dateProblem('24.03.2025', 'Brevdato', true)).toBeNull();
  });
});
