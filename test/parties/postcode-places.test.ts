import { describe, expect, it } from 'vitest';
import { placeNameCase, postcodeDoubt } from '#domain/parties/postcodes';
import { norwegianPostcodes } from '../../config/postcodes.ts';

/**
 * A valid address is not refused or held for how its place is written: in capitals, with or without
 * Posten's district letters, on a post-box code, by its official Sami name, or (typed by a person) in
 * ASCII; a place that is not the code's still is.
 */
/** As an archivist types it releasing a held letter. */
const doubt = (line: string) => postcodeDoubt(['Bakkeveien 4', line], norwegianPostcodes(), { typed: true });

describe('a postcode line whose place is the code\'s', () => {
  it.each([
    '0150 OSLO',
    '0150 Oslo S',
    '4608 Kristiansand',
    '4608 KRISTIANSAND S',
    '0101 Oslo', // a post-box code
    '9730 Kárášjohka',
    '9520 Guovdageaidnu',
    '9845 Deatnu',
    '9008 Tromso',
    '8001 Bodo',
    '6002 Aalesund',
    '8601 Mo i Rana',
  ])('%s is not doubted', (line) => {
    expect(doubt(line)).toBeNull();
  });

  it.each([
    ['0150 Bergen', 'the postcode and the place name do not agree'],
    ['9730 Guovdageaidnu', 'the postcode and the place name do not agree'],
    ['5003 Oslo S', 'the postcode and the place name do not agree'],
  ])('%s is still doubted', (line, why) => {
    expect(doubt(line)).toBe(why);
  });

  it('takes an ASCII spelling only when a person typed it: read by OCR, a lost diacritic may be a misread', () => {
    expect(postcodeDoubt(['Sjøgata 4', '6002 Alesund'], norwegianPostcodes())).toBe('the postcode and the place name do not agree');
    expect(postcodeDoubt(['Sjøgata 4', '9008 Tromso'], norwegianPostcodes())).toBe('the postcode and the place name do not agree');
    expect(postcodeDoubt(['Sjøgata 4', '9730 Kárášjohka'], norwegianPostcodes())).toBeNull();
  });

  it('writes a postal place as a person does, «i» and «på» in lower case', () => {
    expect(placeNameCase('MO I RANA')).toBe('Mo i Rana');
    expect(placeNameCase('KRISTIANSAND S')).toBe('Kristiansand S');
    expect(placeNameCase('ÅLESUND')).toBe('Ålesund');
  });
});
