import { describe, expect, it } from 'vitest';
import { addressCorrectionChecked, envelopeOfCorrection, envelopeOfRead } from '../../domain/letters/postal-address.ts';
import { brokenPostcodeRule, findCountry } from '../../domain/letters/postcode-rules.ts';

/** The one postal-address rule (QA session 11, HIGH 4): addresses read from letters and written by archivists, in Norway and abroad. */
describe('an address read from a letter', () => {
  it.each([
    [['Storgatan 4', 'SE-411 38 Göteborg', 'Sverige'], ['Storgatan 4', 'SE-411 38 Göteborg', 'SVERIGE']],
    [['Vestergade 12, 8000 Aarhus C, Danmark'], ['Vestergade 12', '8000 Aarhus C', 'DANMARK']],
    [['Storgatan 1', 'SE-111 22 Stockholm'], ['Storgatan 1', 'SE-111 22 Stockholm', 'SVERIGE']],
    [['Calle San Miguel 12, 3º B', '29780 Nerja', 'España'], ['Calle San Miguel 12, 3º B', '29780 Nerja', 'ESPAÑA']],
    [['Flat 7, 87 Mill Street', 'Newcastle upon Tyne NE1 4ST', 'UK'], ['Flat 7, 87 Mill Street', 'Newcastle upon Tyne NE1 4ST', 'UK']],
    [['Storgata 12', '3612 Kongsberg', 'Norge'], ['Storgata 12', '3612 Kongsberg']],
    [['Avenida Larco 345', '15074 Miraflores', 'Perú'], ['Avenida Larco 345', '15074 Miraflores', 'PERÚ']],
    [['Storgata 12, NO-0467 Oslo'], ['Storgata 12', '0467 Oslo']],
  ])('%j goes on the envelope as %j', (read, lines) => {
    expect(envelopeOfRead(read)).toEqual({ lines });
  });

  it.each([
    [['Storgatan 4', 'Sverige'], 'place'],
    [['Göteborg', 'Sverige'], 'street'],
    [['Sverige'], 'street'],
    [['3612 Kongsberg'], 'street'],
    [['Storgata 12', 'Kongsberg'], 'postcode'],
    [['Ulica Glavna 5', '12345 Strelsau', 'Ruritania'], 'country'],
  ])('%j lacks a %s', (read, gap) => {
    expect(envelopeOfRead(read)).toEqual({ gap });
  });
});

describe('an address an archivist writes', () => {
  const checked = (country: string | undefined, postcode: string) => addressCorrectionChecked.safeParse({ name: 'Sven Lindqvist', street: 'Storgatan 4', postcode, place: 'Göteborg', ...(country === undefined ? {} : { country }) });

  it.each([
    [undefined, '5006', true], [undefined, '411 38', false], ['Norge', '0150', true], ['NO', '506', false], [undefined, 'NO-5006', false],
    ['SE', '41138', true], ['Sverige', 'SE-411 38', true], ['Sweden', '4113', false],
    ['DK', '8000', true], ['Danmark', '80000', false],
    ['DE', '10115', true], ['Deutschland', '1011', false],
    ['GB', 'M1 1AA', true], ['United Kingdom', 'ec1a1bb', true], ['UK', '12345', false],
    ['Spania', '29780', true], ['Brasil', '', true], ['Portugal', '1000-001', true], ['Atlantis', '1234', false],
  ])('country %s, postcode %j: taken %s', (country, postcode, taken) => {
    expect(checked(country, postcode).success).toBe(taken);
  });

  it('once released and kept on the case, is the same address when the case’s next letter is written', () => {
    for (const country of ['SE', 'United Kingdom', 'Brasil', 'DK']) {
      const released = envelopeOfCorrection({ street: 'Storgatan 4', postcode: country === 'United Kingdom' ? 'M1 1AA' : country === 'SE' ? '41138' : country === 'DK' ? '8000' : '', place: 'Byen', country })!;
      expect(envelopeOfRead(released)).toEqual({ lines: released });
    }
  });

  it('is printed in the post’s own form, the country last in capitals; a code by its Norwegian name', () => {
    const lines = (country: string | undefined, postcode: string, place = 'Göteborg') => envelopeOfCorrection({ street: 'Storgatan 4', postcode, place, ...(country === undefined ? {} : { country }) });
    expect(lines('SE', '41138')).toEqual(['Storgatan 4', '411 38 Göteborg', 'SVERIGE']);
    expect(lines('United Kingdom', 'm1 1aa', 'Manchester')).toEqual(['Storgatan 4', 'Manchester', 'M1 1AA', 'UNITED KINGDOM']);
    expect(lines('Brasil', '', 'Manaus')).toEqual(['Storgatan 4', 'Manaus', 'BRASIL']);
    // A country the table lacks is refused: kept on the case's parties, the next letter could not tell it from a place in Norway.
    expect(lines('Atlantis', '', 'Poseidonia')).toBeNull();
    expect(addressCorrectionChecked.safeParse({ name: 'A B', street: 'Storgatan 4', postcode: '', place: 'Poseidonia', country: 'Atlantis' }).error?.issues).toMatchObject([{ path: ['country'] }]);
    expect(lines(undefined, '5006', 'Bergen')).toEqual(['Storgatan 4', '5006 Bergen']);
    expect(lines('Norge', '5006', 'Bergen')).toEqual(['Storgatan 4', '5006 Bergen']);
  });

  it('names countries in the ways appellants write them', () => {
    for (const name of ['Sverige', 'sweden', 'SE', 'Schweden']) expect(findCountry(name)?.code).toBe('SE');
    for (const name of ['United Kingdom', 'UK', 'England', 'Storbritannia']) expect(findCountry(name)?.code).toBe('GB');
    expect(findCountry('Kongsberg')).toBeNull();
    expect(brokenPostcodeRule('Tyskland', '1011')?.hintNb).toBe('Skriv et tysk postnummer med fem sifre, for eksempel 10115.');
  });
});
