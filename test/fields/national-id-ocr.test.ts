import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNationalIds, isValidNationalId } from '#domain/fields/national-id';
import { ID_A, ID_B, syntheticId } from '../support/national-ids.ts';

/** Synthetic ids (month + 80) over any birth date. */
const syntheticIds = fc
  .record({ date: fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), individual: fc.integer({ min: 0, max: 999 }) })
  .map(({ date, individual }) => syntheticId(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear() % 100, individual))
  .filter((id): id is string => id !== null);

const at = (id: string, i: number, insert: string) => id.slice(0, i) + insert + id.slice(i);

describe('findNationalIds on OCR-damaged numbers a label announces (issue 13)', () => {
  it.each([
    ['a stray hyphen after the first digit', `F.nr. ${at(at(ID_A, 6, ' '), 1, '-')}`],
    ['a stray full stop', `Fnr.: ${at(ID_A, 1, '.')}`],
    ['a dot inside the birth date', `Fnr. ${at(at(ID_A, 6, ' '), 3, '.')}`],
    ['a hyphen inside the personal number', `f.nr. ${at(ID_A, 8, '-')}, og`],
    ['spaces where no grouping puts them', `fnr ${at(at(ID_A, 6, ' '), 4, ' ')}, for`],
    ['glued to "født"', `Kari Dahl, født${ID_A}, og har`],
    ['an OCR "i" speck in parentheses after a name', `Marit Fjeldstad (${at(at(ID_A, 6, ' '), 5, 'i')}) i anledning saken`],
    ['odd spacing in parentheses after a name', `Per Hussain (${at(ID_A, 4, ' ')}). Ankemotpart`],
  ])('reads %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([ID_A]);
  });

  it.each([
    ['without a label or parentheses', `Beløp ${at(ID_A, 4, '.')} kroner`],
    ['after an account label', `Kontonummer ${at(ID_A, 4, '.')}`],
    ['with a twelfth digit after a gap', `Fnr. ${at(ID_A, 6, ' ')} 7`],
    ['with a leading digit group', `Fnr. 12 ${at(ID_A, 4, ' ')}`],
    ['after a slash', `Fnr. 2025/${at(ID_A, 3, '.')}`],
    ['glued to a word that is not a label', `Kundenr${ID_A}`],
    ['in parentheses without the closing one', `Per Hussain (${at(ID_A, 4, ' ')} kroner`],
  ])('does not read an id %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([]);
  });

  it('reads a strict and a damaged id in the order written', () => {
    expect(findNationalIds(`Klager ${ID_B}, fullmektig fnr. ${at(ID_A, 2, '-')}`)).toEqual([ID_B, ID_A]);
  });

  it('property: behind a label, up to two stray marks and odd spaces inside an id are tolerated', () => {
    fc.assert(
      fc.property(syntheticIds, fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.constantFrom('.', '-', ' ', '  ', 'i', "'")), { maxLength: 2, selector: ([i]) => i }), fc.constantFrom('Fnr. ', 'Fødselsnummer: ', 'født ', 'f.nr.'), (id, specks, label) => {
        // One mark per gap between two digits; inserted from the right so earlier positions stay put.
        const damaged = [...specks].sort((a, b) => b[0] - a[0]).reduce((s, [i, mark]) => at(s, i, mark), id);
        expect(findNationalIds(`Klage på vedtak.\n${label}${damaged}\nMed vennlig hilsen`)).toEqual([id]);
      }),
    );
  });

  it('property: a damaged id with one digit changed is still dropped', () => {
    fc.assert(
      fc.property(syntheticIds, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 10 }), (id, pos, delta, specAt) => {
        const mutated = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(findNationalIds(`Fnr. ${at(mutated, specAt, '.')}`)).toEqual([]);
      }),
    );
  });

  it('property: whatever the text, every id reported validates', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(?:fnr |født|\(|[0-9 .\-iOolS|'\n)]){0,90}$/), (text) => {
        for (const id of findNationalIds(text)) expect(isValidNationalId(id)).toBe(true);
      }),
    );
  });
});
