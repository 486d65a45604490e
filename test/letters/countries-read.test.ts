import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { COUNTRY } from '../../domain/parties/one-line-address.ts';
import { POSTAL_COUNTRIES } from '../../domain/letters/postal-countries.ts';
import { envelopeOfRead } from '../../domain/letters/postal-address.ts';
import { findCountry } from '../../domain/letters/postcode-rules.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';

/**
 * Review of qafixC: the party reader knew ~45 country names of its own, so «Schweiz» and «Österreich» were
 * dropped and «8001 Zürich» was posted as Bodø's; the letters' table lacked names the reader kept, and
 * «U.K.» never matched. One table of countries now serves both, and the letter writer checks the place of
 * an address it posts as Norwegian against Posten's table.
 */

const postcodes = norwegianPostcodes();
const letterFrom = (block: string[]) => [...block, '', 'Jeg klager på vedtaket fra NAV datert 05.03.2025 om sykepenger.', '', 'Med hilsen', block[0]].join('\n');
const recipientOf = (block: string[]) => chooseRecipient(extractParties(letterFrom(block), { hashNationalId: () => 'a'.repeat(64), postcodes }), postcodes);

describe('a letter to Switzerland or Austria', () => {
  it.each([
    [['Hans Meier', 'Bahnhofstrasse 1', '8001 Zürich', 'Schweiz'], ['Bahnhofstrasse 1', '8001 Zürich', 'SCHWEIZ']],
    [['Hans Meier', 'Hauptplatz 1', '1010 Wien', 'Österreich'], ['Hauptplatz 1', '1010 Wien', 'ÖSTERREICH']],
  ])('%j is read with its country and posted abroad', (block, lines) => {
    expect(recipientOf(block)).toMatchObject({ status: 'ready', recipient: { address: lines } });
  });

  it('is not posted as Norwegian when the country is lost: the postcode is another place’s in Posten’s table', () => {
    const choice = chooseRecipient([{ role: 'appellant', name: 'Hans Meier', address: ['Bahnhofstrasse 1', '8001 Zürich'] }], postcodes);
    expect(choice).toMatchObject({ status: 'held', reasonCode: { code: 'address_withheld', doubt: 'the postcode and the place name do not agree' } });
    expect(chooseRecipient([{ role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 1', '8001 Bodø'] }], postcodes)).toMatchObject({ status: 'ready' });
    expect(chooseRecipient([{ role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 1', '0150 Oslo'] }], postcodes)).toMatchObject({ status: 'ready' });
  });
});

describe('the one table of countries', () => {
  it('gives the party reader every name the letter writer knows, and none of its codes', () => {
    for (const country of POSTAL_COUNTRIES) for (const name of [country.name, ...country.aliases]) expect(COUNTRY.test(name), name).toBe(true);
    expect(COUNTRY.test('SE')).toBe(false);
    expect(COUNTRY.test('Zürich')).toBe(false);
  });

  it.each([
    ['storbritannien', 'GB'],
    ['Nederländerna', 'NL'],
    ['U.K.', 'GB'],
    ['u.s.a.', 'US'],
    ['Österrike', 'AT'],
    ['Frankrig', 'FR'],
  ])('knows %s as %s', (name, code) => {
    expect(findCountry(name)?.code).toBe(code);
  });
});

describe('an address abroad with no town', () => {
  it('is held for its place when the line over the country is a street', () => {
    expect(envelopeOfRead(['Flat 3', '12 High Street', 'United Kingdom'])).toEqual({ gap: 'place' });
    expect(envelopeOfRead(['Calle Mayor 4', 'España'])).toEqual({ gap: 'place' });
    expect(envelopeOfRead(['Kerkstraat 1', '1012 AB Amsterdam', 'Nederland'])).toMatchObject({ lines: ['Kerkstraat 1', '1012 AB Amsterdam', 'NEDERLAND'] });
    expect(envelopeOfRead(['Main Street 4', 'Dublin 8', 'Ireland'])).toMatchObject({ lines: ['Main Street 4', 'Dublin 8', 'IRELAND'] });
  });
});

describe('the country line of an address read', () => {
  it.each([
    [['Storgatan 4', '411 38 Göteborg', 'Sverige.'], 'SVERIGE'],
    [['Tverskaya ul. 7', '125009 Moskva', 'Россия'], 'RUSSLAND'],
    [['Storgatan 4', '411 38 Göteborg', 'SE'], 'SVERIGE'],
  ])('%j ends with %s', (read, country) => {
    expect(envelopeOfRead(read).lines?.at(-1)).toBe(country);
  });
});

describe('a part of Norway under a Norwegian postcode line', () => {
  it.each([
    [['Postboks 10', '9170 Longyearbyen', 'Svalbard'], ['Postboks 10', '9170 Longyearbyen']],
    [['Storgata 1', '5006 Bergen', 'Vestland'], ['Storgata 1', '5006 Bergen']],
  ])('%j is Norwegian: the line is dropped', (read, lines) => {
    expect(envelopeOfRead(read)).toEqual({ lines });
  });

  it('a word no country or part of Norway still holds the letter', () => {
    expect(envelopeOfRead(['Storgata 1', '5006 Bergen', 'Ruritania'])).toEqual({ gap: 'country' });
  });
});
