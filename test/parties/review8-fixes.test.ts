import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { DAMAGED_LINE } from '../../domain/parties/address-doubts.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * The review of session 8 (issue #16): letters its reproductions found read wrong. Names, streets
 * and places are made up here and are not the development slices'.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const headLetter = (name: string, address: string[], body = 'Jeg klager på vedtaket om sykepenger.') => [name, ...address, '', ...own, '', body, '', 'Hilsen', name].join('\n');
const municipality = (body: string, title = 'saksbehandler') => ['Lunner kommune', 'Tildelingskontoret', 'Postboks 44', '2740 Roa', '', ...own, '', 'Uttalelse i klagesak – Torunn Bekkevold', '', body, '', 'Med hilsen', 'Sigrid Aaberg', title].join('\n');

describe('a municipality’s or an association’s caseworker', () => {
  it('is no representative for a consent to fetch records, a denial, or a letter written for oneself', () => {
    expect(role(municipality('Torunn Bekkevold har gitt kommunen fullmakt til å innhente opplysninger. Kommunen bekrefter vedtak om hjemmesykepleie.'), 'representative')).toBeUndefined();
    expect(role(municipality('Vi er ikke hennes fullmektig, men bekrefter at Torunn Bekkevold har hatt hjemmetjenester siden mars.'), 'representative')).toBeUndefined();
    expect(role(municipality('Vi skriver ikke på vegne av Torunn Bekkevold, men svarer på spørsmål fra klageorganet.'), 'representative')).toBeUndefined();
    const association = ['Heggedal vel og forening', 'Postboks 12', '1389 Heggedal', '', ...own, '', 'Klage', '', 'Jeg klager på vedtaket om sykepenger. Jeg skriver på vegne av meg selv.', '', 'Hilsen', 'Tormod Lysaker'].join('\n');
    expect(role(association, 'representative')).toBeUndefined();
  });

  it('is the representative when the letter says it acts for the named person', () => {
    expect(role(municipality('Vi skriver på vegne av bruker Torunn Bekkevold, som ikke selv klarer å skrive.'), 'representative')).toMatchObject({ name: 'Sigrid Aaberg', firm: 'Lunner kommune, Tildelingskontoret' });
    expect(role(municipality('Kommunen har fullmakt fra Torunn Bekkevold og klager på vedtaket.'), 'representative')).toMatchObject({ name: 'Sigrid Aaberg' });
    expect(role(municipality('Vi bistår Torunn Bekkevold med denne klagen. Hun har samtykket til at vi skriver på hennes vegne.'), 'representative')).toMatchObject({ name: 'Sigrid Aaberg' });
  });

  it('is no representative for help that is not with the appeal', () => {
    expect(role(municipality('Vi bistår Torunn Bekkevold med søknad om bostøtte. Hun klager selv på vedtaket.'), 'representative')).toBeUndefined();
  });
});

describe('a doctor who signs "fastlege / fullmektig"', () => {
  it('is no representative on a medical practice’s letterhead', () => {
    const text = ['Haslum legesenter', 'Haslumveien 40', '1344 Haslum', '', ...own, '', 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg skriver på vegne av min pasient Torunn Bekkevold, som ber meg klage på vedtaket.', '', 'Med vennlig hilsen', 'Gunnar Strømsli', 'fastlege / fullmektig'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
  });
});

describe('a "Klager/fullmektig:" form with the person the case concerns written a second time', () => {
  const form = (concerns: string) => ['KLAGESKJEMA', '', 'Klager/fullmektig: Torunn Bekkevold', 'Adresse: Lysløypa 7', 'Postnr./sted: 2740 Roa', '', `Navn på den saken gjelder: ${concerns}`, '', 'Begrunnelse: Jeg er fortsatt syk.', '', 'Torunn Bekkevold'].join('\n');

  it('keeps the writer the appellant when the second name has a middle name more or one misread letter', () => {
    for (const concerns of ['Torunn Marie Bekkevold', 'Torunn Bekkevoid', 'Torunn Bekkevo1d']) {
      const read = parties(form(concerns));
      expect(read.find((p) => p.role === 'representative'), concerns).toBeUndefined();
      expect(read.find((p) => p.role === 'appellant'), concerns).toMatchObject({ address: ['Lysløypa 7', '2740 Roa'] });
    }
  });

  it('makes the writer the representative when the field names someone else', () => {
    expect(role(form('Halvor Bekkevold'), 'representative')).toMatchObject({ name: 'Torunn Bekkevold' });
    expect(role(form('Halvor Bekkevold'), 'appellant')).toMatchObject({ name: 'Halvor Bekkevold' });
  });

  it('is not made a representative by someone the reasons merely mention', () => {
    const text = ['KLAGESKJEMA', '', 'Klager/fullmektig: Torunn Bekkevold', 'Adresse: Lysløypa 7', 'Postnr./sted: 2740 Roa', '', 'Begrunnelse: Saken til Halvor Bekkevold er lik min, og jeg er fortsatt syk.', '', 'Torunn Bekkevold'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
  });
});

describe('a sentence asking for the answer with a number in it that is no address', () => {
  it('keeps the head’s address for a deadline, a telephone in the next sentence, an age or a year', () => {
    for (const body of [
      'Jeg klager på vedtaket om sykepenger. Vennligst send svar til meg innen 14 dager.',
      'Jeg klager på vedtaket. Svar sendes til adressen over. Ring meg gjerne på 412 34 567.',
      'Jeg klager på vedtaket (saksnr. 24/12345). Svar kan sendes til meg per post, ikke digitalt, jeg er 84 år.',
      'Jeg klager på vedtaket. Svar sendes til meg i Altinn, jeg har ikke e-post. Jeg er født i 1950.',
    ]) {
      expect(role(headLetter('Torunn Bekkevold', ['Lysløypa 7', '2740 Roa'], body), 'appellant'), body).toMatchObject({ address: ['Lysløypa 7', '2740 Roa'] });
    }
  });

  it('still withholds when the asking sentence names another street and number it cannot read whole', () => {
    const body = 'Jeg klager på vedtaket. Send svaret til c/o jørgen Ekrem, Kongens gate 105, 3. etasje bak butikken.';
    expect(role(headLetter('Torunn Bekkevold', ['Lysløypa 7', '2740 Roa'], body), 'appellant')?.address).toEqual([]);
  });
});

describe('a street with a lower-case word of its own', () => {
  it('is kept: the lower-case word is the street’s, not a broken piece', () => {
    for (const address of [['Nordre Skøyen hovedvei 5', '0280 Oslo'], ['Holmen kai 3', '0252 Oslo'], ['Carl von Ossietzkys gate 3', '0580 Oslo'], ['Stovner senter 12', '0985 Oslo'], ['Ullevål hageby 7', '0850 Oslo']]) {
      expect(role(headLetter('Torunn Bekkevold', address), 'appellant'), address.join(' | ')).toMatchObject({ address });
    }
  });

  it('is withheld when the piece joined to the word before makes one broken compound', () => {
    for (const address of [['Sol vangvegen 3', '2740 Roa'], ['Lysl øypbakken 7', '2740 Roa']]) {
      expect(role(headLetter('Torunn Bekkevold', address), 'appellant'), address.join(' | ')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    }
  });
});

describe('hyphens and accents where the language writes them', () => {
  it('keeps a hyphenated place abroad, a c/o line’s accented name and a Norwegian word with é', () => {
    for (const address of [['8 Rue de la Paix', '13100 Aix-en-Provence', 'Frankrike'], ['Calle Mayor 3', '12540 Vila-real', 'Spania'], ['c/o Renée Olsen', 'Lysløypa 7', '2740 Roa'], ['Kafébakken 2', '0155 Oslo']]) {
      expect(role(headLetter('Torunn Bekkevold', address), 'appellant'), address.join(' | ')).toMatchObject({ address });
    }
  });

  it('still withholds a hyphen inside a Norwegian street, a hyphen for a space abroad and an é a Norwegian street never has', () => {
    for (const address of [['Lysl-øypa 7', '2740 Roa'], ['Lysløypvéien 7', '2740 Roa'], ['Rue-de Lyon 12', '13100 Aix-en-Provence', 'Frankrike']]) {
      expect(role(headLetter('Torunn Bekkevold', address), 'appellant'), address.join(' | ')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    }
  });
});

describe('a Swedish word read with å where its stem has ä', () => {
  it('withholds "Vånersborg" and "Håssleholm", keeps places that are written with å', () => {
    for (const place of ['Vånersborg', 'Håssleholm', 'Kårrtorp']) {
      expect(role(headLetter('Torunn Bekkevold', ['Storgatan 4', `SE-123 45 ${place}`, 'Sverige']), 'appellant'), place).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    }
    for (const place of ['Kållered', 'Åkersberga', 'Hållsta']) {
      const address = ['Storgatan 4', `SE-123 45 ${place}`, 'Sverige'];
      expect(role(headLetter('Torunn Bekkevold', address), 'appellant'), place).toMatchObject({ address });
    }
  });
});
