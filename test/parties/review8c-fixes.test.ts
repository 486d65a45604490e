import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { DAMAGED_LINE } from '../../domain/parties/address-doubts.ts';
import { actsForNamedPerson } from '../../domain/parties/acting-for.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * The last review of session 8: broken possessive street names given as good addresses, an é inside
 * a word taken for "idé", and a municipality's consent or denial taken for acting for the person.
 * Names and streets are made up here and are not the development slices'.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const headLetter = (name: string, address: string[]) => [name, ...address, '', ...own, '', 'Jeg klager på vedtaket om sykepenger.', '', 'Hilsen', name].join('\n');
const municipality = (body: string) => ['Lunner kommune', 'Tildelingskontoret', 'Postboks 44', '2740 Roa', '', ...own, '', 'Uttalelse i klagesak – Torunn Bekkevold', '', body, '', 'Med hilsen', 'Sigrid Aaberg', 'saksbehandler'].join('\n');
const appellantAddress = (address: string[]) => role(headLetter('Torunn Bekkevold', address), 'appellant');

describe('a possessive street name the scan broke', () => {
  it('is withheld when a lower-case piece ending in s comes straight before the kind of street', () => {
    for (const address of [['Dron ningens gate 10', '7011 Trondheim'], ['Kong ens gate 5', '0153 Oslo'], ['Pri nsens gate 3', '0157 Oslo'], ['Olav Kyr res gate 9', '5014 Bergen'], ['There ses gate 10', '0358 Oslo'], ['Ola Nar rs vei 4', '0668 Oslo']]) {
      expect(appellantAddress(address), address.join(' | ')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    }
  });

  it('keeps the whole name and a street’s own lower-case words', () => {
    for (const address of [['Dronningens gate 10', '7011 Trondheim'], ['Thereses gate 10', '0358 Oslo'], ['Holmen kai 3', '0252 Oslo'], ['Carl von Ossietzkys gate 3', '0580 Oslo'], ['Stovner senter 12', '0985 Oslo']]) {
      expect(appellantAddress(address), address.join(' | ')).toMatchObject({ address });
    }
  });
});

describe('an accented e inside a Norwegian street', () => {
  it('is a mark when the é word does not start the word ("Solidéveien")', () => {
    expect(appellantAddress(['Solidéveien 3', '0250 Oslo'])).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
  });

  it('is kept at the start of the word, and "allé" or "kafé" ending a compound', () => {
    for (const address of [['Idéveien 3', '0250 Oslo'], ['Parkalléen 4', '0250 Oslo'], ['Kafébakken 2', '0155 Oslo']]) {
      expect(appellantAddress(address), address.join(' | ')).toMatchObject({ address });
    }
  });
});

describe('a municipality’s caseworker', () => {
  it('is no representative for a consent to fetch records, records fetched with a power of attorney, or "ingen fullmakt"', () => {
    for (const body of [
      'Torunn Bekkevold har gitt kommunen fullmakt til å innhente opplysninger på hennes vegne. Kommunen bekrefter vedtak om hjemmesykepleie.',
      'Vi har ingen fullmakt fra Torunn Bekkevold og uttaler oss kun om tjenestene.',
      'Innhentet med fullmakt fra Torunn Bekkevold: journal fra hjemmetjenesten. Kommunen tar ikke stilling til klagen.',
      'Kommunen opptrer ikke som fullmektig. Vi bekrefter på hennes vegne at hun har hatt tjenester.',
    ]) {
      expect(role(municipality(body), 'representative'), body).toBeUndefined();
    }
  });

  it('is the representative for "på hennes vegne" in a sentence that appeals, "som fullmektig for" and "PÅ VEGNE AV"', () => {
    for (const body of [
      'Torunn Bekkevold har gitt oss fullmakt til å klage på vedtaket på hennes vegne.',
      'Kommunen klager på vedtaket som fullmektig for Torunn Bekkevold.',
      'PÅ VEGNE AV Torunn Bekkevold klager vi på vedtaket.',
    ]) {
      expect(role(municipality(body), 'representative'), body).toMatchObject({ name: 'Sigrid Aaberg' });
    }
  });

  it('reads the pronoun only with an appeal verb in its sentence', () => {
    expect(actsForNamedPerson('Hun har bedt oss uttale oss på hennes vegne om tjenestene hun får.')).toEqual([]);
    expect(actsForNamedPerson('Vi påklager vedtaket på hennes vegne.')).toHaveLength(1);
  });
});
