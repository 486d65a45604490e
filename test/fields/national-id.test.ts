import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigitsFor, findNationalIds, isValidNationalId } from '#domain/fields/national-id';
import { ID_A, ID_B, ID_D, idFor, spaced, syntheticId } from '../support/national-ids.ts';

/** Arbitrary synthetic ids: any real birth date, month + 80, optionally a D-number day. */
const syntheticIds = fc
  .record({
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true }),
    individual: fc.integer({ min: 0, max: 999 }),
    dNumber: fc.boolean(),
  })
  .map(({ date, individual, dNumber }) =>
    syntheticId(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear() % 100, individual, { dNumber }),
  )
  .filter((id): id is string => id !== null);

const GROUPINGS = [[11], [6, 5], [2, 2, 2, 3, 2], [2, 2, 2, 5], [6, 3, 2]];
const surroundings = fc.constantFrom(
  ['Fødselsnummer: ', '\n'],
  ['Fnr. ', ' '],
  ['Personnummer ', '.'],
  ['Klager: Kari Nordmann (', ')'],
  ['Your personal identity number ', ', Oslo'],
  ['f.nr.', ' Adresse: Storgata 1'],
  ['', ''],
);

describe('isValidNationalId', () => {
  it.each([
    ['synthetic fødselsnummer (month + 80)', ID_A],
    ['another synthetic', ID_B],
    ['synthetic D-number (day + 40, month + 80)', ID_D],
    ['synthetic on Feb 29 of a leap year', idFor(29, 2, 84)],
    ['synthetic on Feb 29, 2000', idFor(29, 2, 0, 500)],
  ])('accepts %s', (_, id) => {
    expect(isValidNationalId(id)).toBe(true);
  });

  it('accepts the plain, D- and H-number date offsets when the check digits hold', () => {
    // Built with the domain's own checkDigitsFor: this test is about the date part, not the checksum.
    const withChecks = (body: string) => body + (checkDigitsFor(body) ?? 'xx');
    const bodies = ['010180100', '410180100', '014180100', '018180100', '418180100'].map((b) => {
      for (let i = 100; i < 1000; i++) {
        const candidate = b.slice(0, 6) + String(i);
        if (checkDigitsFor(candidate)) return candidate;
      }
      throw new Error('unreachable');
    });
    for (const body of bodies) expect(isValidNationalId(withChecks(body)), body).toBe(true);
  });

  it.each([
    ['too short', ID_A.slice(0, 10)],
    ['too long', ID_A + '0'],
    ['letters', ID_A.slice(0, 10) + 'X'],
    ['spaces', spaced(ID_A, [6, 5])],
    ['all zeros', '00000000000'],
    ['month 13 (+80)', '019385' + '12345'],
    ['Feb 30', '309285' + '00000'],
  ])('rejects %s', (_, value) => {
    expect(isValidNationalId(value)).toBe(false);
  });

  it('rejects a D-number day combined with an H-number month, even with valid check digits', () => {
    for (let i = 100; i < 1000; i++) {
      const body = `4152850${String(i).slice(1)}`.slice(0, 9);
      const checks = checkDigitsFor(body);
      if (checks) {
        expect(isValidNationalId(body + checks)).toBe(false);
        return;
      }
    }
    throw new Error('no body with valid check digits found');
  });

  it('rejects Feb 29 in a year not divisible by 4', () => {
    for (let i = 100; i < 1000; i++) {
      const body = `298283${i}`;
      const checks = checkDigitsFor(body);
      if (checks) {
        expect(isValidNationalId(body + checks)).toBe(false);
        return;
      }
    }
    throw new Error('no body with valid check digits found');
  });

  it('property: every generated synthetic id is valid', () => {
    fc.assert(fc.property(syntheticIds, (id) => isValidNationalId(id)));
  });

  it('property: changing any one digit breaks it (never reported as valid)', () => {
    fc.assert(
      fc.property(syntheticIds, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const mutated = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        return !isValidNationalId(mutated);
      }),
    );
  });

  it('property: swapping two different neighbouring digits is caught', () => {
    fc.assert(
      fc.property(syntheticIds, fc.integer({ min: 0, max: 9 }), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        return !isValidNationalId(swapped);
      }),
    );
  });
});

describe('findNationalIds', () => {
  it.each([
    ['11 digits', `Fødselsnummer: ${ID_A}`],
    ['6 + 5', `Fnr.: ${spaced(ID_A, [6, 5])}`],
    ['2 2 2 3 2', `Personnummer ${spaced(ID_A, [2, 2, 2, 3, 2])} Oslo`],
    ['6-5 with a hyphen', `Fødselsnr. ${ID_A.slice(0, 6)}-${ID_A.slice(6)}`],
    ['two spaces (OCR)', `Fnr ${ID_A.slice(0, 6)}  ${ID_A.slice(6)}`],
    ['no space after the label (OCR)', `Fnr.:${ID_A}`],
    ['in parentheses', `Kari Nordmann (${ID_A})`],
    ['at the end of a sentence', `Mitt fødselsnummer er ${ID_A}.`],
    ['non-breaking space', `Fnr ${ID_A.slice(0, 6)}\u00A0${ID_A.slice(6)}`],
    ['Swedish', `Norskt personnummer: ${ID_A}`],
    ['English', `National identity number ${spaced(ID_A, [6, 5])}, Bergen`],
  ])('finds %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([ID_A]);
  });

  it('maps OCR letters inside a number when the result validates', () => {
    const withO = ID_B.replace(/0/g, 'O');
    expect(withO).not.toBe(ID_B);
    expect(findNationalIds(`Fnr: ${withO}`)).toEqual([ID_B]);
    const withL = ID_A.replace('1', 'l');
    expect(findNationalIds(`Fnr: ${withL.slice(0, 6)} ${withL.slice(6)}`)).toEqual([ID_A]);
    const withPipe = ID_A.replace('1', '|');
    expect(findNationalIds(`Fnr: ${withPipe}`)).toEqual([ID_A]);
    const withS = ID_A.replace('5', 'S');
    expect(findNationalIds(`Fnr: ${withS}`)).toEqual([ID_A]);
  });

  it('drops an OCR letter whose reading does not validate rather than guessing another digit', () => {
    // "S" read as 5 where the true digit was something else: the id fails and is not repaired.
    const i = [...ID_A].findIndex((c) => c !== '5');
    const garbled = ID_A.slice(0, i) + 'S' + ID_A.slice(i + 1);
    expect(findNationalIds(`Fnr: ${garbled}`)).toEqual([]);
  });

  it.each([
    ['after f.nr. in parentheses', `Klagesaken til Jan Solberg (f.nr. ${ID_A.slice(0, 6)}\n${ID_A.slice(6)}) for avgjørelse.`],
    ['after Fødselsnummer:', `Fødselsnummer: ${ID_A.slice(0, 6)} \n ${ID_A.slice(6)}`],
    ['after fnr. (nynorsk transfer letter)', `Klagesaka til Åse Nilsen (fnr. ${ID_A.slice(0, 6)}\n${ID_A.slice(6)}) for klagehandsaming.`],
    ['after personnummer (sv)', `Norskt personnummer ${ID_A.slice(0, 6)}\n${ID_A.slice(6)}`],
    ['after national identity number (en)', `National identity number ${ID_A.slice(0, 6)}\n${ID_A.slice(6)}`],
  ])('finds an id wrapped between birth date and personal number %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([ID_A]);
  });

  it.each([
    ['without an id label', `Kundenummer ${ID_A.slice(0, 6)}\n${ID_A.slice(6)} Stockholm`],
    ['with the label on an earlier line', `Fnr.:\nKunde ${ID_A.slice(0, 6)}\n${ID_A.slice(6)}`],
    ['split anywhere else', `Fnr. ${ID_A.slice(0, 4)}\n${ID_A.slice(4)}`],
    ['across a blank line', `Fnr. ${ID_A.slice(0, 6)}\n\n${ID_A.slice(6)}`],
  ])('does not join a wrapped id %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([]);
  });

  it('returns ids unique and in order of appearance', () => {
    const text = `Klager ${ID_B}, fullmektig for ${ID_A}. Gjelder ${spaced(ID_B, [6, 5])} igjen.`;
    expect(findNationalIds(text)).toEqual([ID_B, ID_A]);
  });

  it.each([
    ['a phone number', 'Tlf. 22 33 44 55, mobil 912 34 567'],
    ['a phone number with country code', 'Telefon +47 22 33 44 55'],
    ['an organisation number', 'Org.nr. 974 760 673'],
    ['a bank account', 'Kontonummer 1234.56.78901'],
    ['a date', 'Oslo, 12.03.2025 kl. 10.30'],
    ['a case reference', 'Vår ref.: 2025/04127 Deres ref.: 24/113188'],
  ])('finds nothing in %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([]);
  });

  it.each([
    ['after a slash (part of a reference)', `Saksnr. 2025/${ID_A}`],
    ['after a letter prefix (part of a reference)', `TR-${ID_A}`],
    ['glued to a word', `X${ID_A}`],
    ['with a 12th digit', `${ID_A}7`],
    ['with a leading digit', `9${ID_A}`],
    ['as the tail of a dotted account-like number', `1234.${ID_A}`],
    ['directly after another digit group', `22 ${spaced(ID_A, [2, 2, 2, 3, 2])}`],
    ['after an account label', `Kontonr.: ${ID_A}`],
    ['after a KID label', `KID: ${ID_A}`],
    ['after a phone label', `Mobil: ${ID_A}`],
  ])('does not take a valid id %s', (_, text) => {
    expect(findNationalIds(text)).toEqual([]);
  });

  it('property: a synthetic id is found in any accepted grouping, with any surrounding text', () => {
    fc.assert(
      fc.property(syntheticIds, fc.constantFrom(...GROUPINGS), surroundings, fc.constantFrom(' ', '  ', '\n', '\t', ' \n'), (id, groups, [pre, post], pad) => {
        const text = `Klage på vedtak.${pad}${pre}${spaced(id, groups)}${post}${pad}Med vennlig hilsen`;
        expect(findNationalIds(text)).toEqual([id]);
      }),
    );
  });

  it('property: an id with one digit changed is dropped', () => {
    fc.assert(
      fc.property(syntheticIds, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), surroundings, (id, pos, delta, [pre, post]) => {
        const mutated = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(findNationalIds(`${pre}${mutated}${post}`)).toEqual([]);
      }),
    );
  });

  it('property: no id is taken out of a digit run of 12 or more', () => {
    fc.assert(
      fc.property(syntheticIds, fc.stringMatching(/^\d{1,6}$/), fc.boolean(), (id, extra, before) => {
        const run = before ? extra + id : id + extra;
        expect(findNationalIds(`Nummer ${run} her`)).toEqual([]);
      }),
    );
  });

  it('property: arbitrary digit runs of 12+ digits never yield an id', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12,30}$/), (run) => {
        expect(findNationalIds(`Konto ${run} og ${run}.`)).toEqual([]);
      }),
    );
  });

  it('property: every id reported validates', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 OolIS|.\-/a-z\n]{0,80}$/), (text) => {
        for (const id of findNationalIds(text)) expect(isValidNationalId(id)).toBe(true);
      }),
    );
  });
});
