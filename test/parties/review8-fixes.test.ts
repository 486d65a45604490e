import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
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
