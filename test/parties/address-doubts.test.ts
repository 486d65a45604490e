import { describe, expect, it } from 'vitest';
import { extractParties } from '../../domain/parties/index.ts';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';
import { addressDoubt } from '../../domain/parties/address-doubts.ts';
import { cleanLine } from '../../domain/parties/lines.ts';

const postcodes = norwegianPostcodes();
const doubt = (...address: string[]) => postcodeDoubt(address, postcodes);

describe("Posten's postcode table", () => {
  it('accepts a code and its place however it is written, with or without the district letter', () => {
    expect(doubt('Storgata 1', '0467 Oslo')).toBeNull();
    expect(doubt('Storgata 1', '0467 OSLO')).toBeNull();
    expect(doubt('Elvegata 19', '4614 Kristiansand')).toBeNull(); // Posten: KRISTIANSAND S
    expect(doubt('Kongevejen 40', '3000 Helsingør, Danmark')).toBeNull();
    expect(doubt('Karlavägen 4', 'SE-411 05 Göteborg')).toBeNull();
  });

  it('withholds a lost diacritic, a place that belongs to another code, and a code no place has', () => {
    expect(doubt('Sjøgata 4', '6002 Alesund')).toBe('the postcode and the place name do not agree');
    expect(doubt('Storgata 1', '0467 Bergen')).toBe('the postcode and the place name do not agree');
    expect(doubt('Storgata 1', '9999 Bergen')).toBe('the postcode does not exist for this place');
  });

  it('leaves a foreign address the table cannot judge, and a code whose neighbours are the place', () => {
    expect(doubt('Vestergade 20', '5000 Odense C')).toBeNull(); // Danish, no country written
    expect(doubt('Skolegata 119', '5500 Haugesund')).toBeNull(); // not listed; 5501-5509 are HAUGESUND
  });

  it('the party reader uses the table it is given', () => {
    const text = ['Kari Nordmann', 'Sjøgata 4', '6002 Alesund', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Kari Nordmann'].join('\n');
    expect(extractParties(text, { postcodes }).find((p) => p.role === 'appellant')).toMatchObject({ address: [], addressWithheld: 'the postcode and the place name do not agree' });
  });
});

describe('misreads that still look like an address', () => {
  it('a Swedish "-vägen" read as "-vågen" or "-vagen"', () => {
    expect(addressDoubt(['Karlavågen 3', 'SE-752 36 Uppsala'])).toMatch(/vägen/u);
    expect(addressDoubt(['Karlavagen 3', '114 49 Stockholm'])).toMatch(/vägen/u);
    expect(addressDoubt(['Karlavägen 3', 'SE-752 36 Uppsala'])).toBeNull();
    expect(addressDoubt(['Strandvågen 3', '0467 Oslo'])).toBeNull();
  });

  it('restores a space OCR lost between a postcode and its place, or a street and its number', () => {
    expect(cleanLine('1363Høvik')).toBe('1363 Høvik');
    expect(cleanLine('Skolegata54, 6390 Vestnes')).toBe('Skolegata 54, 6390 Vestnes');
    expect(cleanLine('Kong Oscars gate 55 H0104')).toBe('Kong Oscars gate 55 H0104');
  });

  it('keeps the head address when the head and the signature agree and one line elsewhere misreads the name', () => {
    const text = ['Ingrid Solberg', 'Kirkeveien 100', '7030 Trondheim', '', 'Jeg, Ingrid Sotberg, klager på vedtaket.', '', 'Hilsen', 'Ingrid Solberg'].join('\n');
    expect(extractParties(text, { postcodes }).find((p) => p.role === 'appellant')).toMatchObject({ name: 'Ingrid Solberg', address: ['Kirkeveien 100', '7030 Trondheim'] });
  });
});
