import { describe, expect, it } from 'vitest';
import { notANationalId } from '../../web/src/national-id-words.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * «Innsyn» refuses what is no national id on the page, before any request, and says why without
 * repeating the digits (a national id is never echoed back, as the CLI's `innsyn` does not).
 */
describe('the sentence for a national id typed wrong', () => {
  const id = idFor(7, 6, 82);

  it('takes a valid id in any grouping, and a D-number', () => {
    expect(notANationalId(id)).toBeNull();
    expect(notANationalId(` ${id.slice(0, 6)} ${id.slice(6)} `)).toBeNull();
    expect(notANationalId(`${id.slice(0, 6)}-${id.slice(6)}`)).toBeNull();
    expect(notANationalId(idFor(7, 6, 82, 100, { dNumber: true }))).toBeNull();
  });

  it('says what is wrong, without the digits typed', () => {
    const wrongCheck = `${id.slice(0, 10)}${(Number(id[10]) + 1) % 10}`;
    const said = [notANationalId(''), notANationalId(id.slice(0, 9)), notANationalId(`${id.slice(0, 10)}x`), notANationalId(wrongCheck)];
    expect(said).toEqual([
      'Skriv personens fødselsnummer (11 siffer).',
      'Et fødselsnummer har 11 siffer; det du skrev, har 9 siffer.',
      'Et fødselsnummer har 11 siffer; det du skrev, har andre tegn enn siffer.',
      'Det er ikke et gyldig fødselsnummer eller D-nummer: datoen eller kontrollsifrene stemmer ikke. Sjekk sifrene.',
    ]);
    for (const sentence of said) expect(sentence).not.toMatch(/\d{4}/);
  });
});
