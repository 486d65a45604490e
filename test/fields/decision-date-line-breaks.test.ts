import { describe, expect, it } from 'vitest';
import { findCaseReferences } from '#domain/fields/case-references';
import { findDateMentions } from '#domain/fields/date-tokens';
import { findDecisionDate, findLetterDate } from '#domain/fields/dates';

/**
 * QA s21 L40 and the decision dates people write by hand: a phrase broken across lines is read as on one line, and
 * nynorsk notes and Swedish e-mails date the decision in their own words. Each form has its near misses: the
 * letter's own date under a heading that ends in «fra Nav», a date after a line that ends a phrase, other dates.
 */
const HEAD = 'Kari Nordmann\nStorgata 1\n0155 Oslo\n\n';
const read = (body: string) => findDecisionDate(HEAD + body, 'first_instance', '2026-11-20');

describe('a decision-date phrase broken across lines reads as on one line', () => {
  it.each([
    ['Jeg klager på vedtaket fra\nPasientreiser datert 2.11.2026.', '2026-11-02'],
    ['Jeg klager på vedtaket fra\nNav Bergen datert 2.11.2026 om AAP.', '2026-11-02'],
    ['Jeg klager på vedtak av\n12. oktober 2026.', '2026-10-12'],
    ['Jeg klager på vedtaket fra Helfo\ndatert 3.11.2026.', '2026-11-03'],
    ['Eg klagar på vedtaket frå\nHelfo dagsett 3.11.2026.', '2026-11-03'],
    ['Jag överklagar beslutet från\nFörsäkringskassan daterat 3.11.2026.', '2026-11-03'],
  ])('%s', (body, iso) => {
    expect(read(body)).toBe(iso);
    expect(read(body.replace(/\n/g, ' '))).toBe(iso);
  });

  it('the line is not taken for the letter’s own date', () => {
    expect(findLetterDate(`${HEAD}Jeg klager på vedtaket fra\nPasientreiser datert 2.11.2026.`)).toBeNull();
  });
});

describe('the letter’s own date under a heading stays the letter’s', () => {
  it.each([
    'Klage på vedtak fra Nav\nBergen, datert 4.11.2026\n\nJeg klager.',
    'Klage på vedtaket fra Nav\n\nBergen, datert 4.11.2026\n\nJeg klager.',
    'Klage på vedtak fra\nBergen, datert 4.11.2026\n\nJeg klager.',
    'Klage på vedtak\nBergen den 4.11.2026\n\nJeg klager.',
    'Klage på vedtaket fra Nav.\nBergen datert 4.11.2026\n\nJeg klager.',
  ])('%s', (body) => {
    expect(read(body)).toBeNull();
    expect(findLetterDate(HEAD + body)).toBe('2026-11-04');
  });
});

describe('nynorsk notes and Swedish e-mails', () => {
  it.each([
    ['Voss, 20. mars 2026\n\nEg klagar på vedtaket dykkar av 3. mars.', '2026-03-03', null],
    ['Eg klagar på vedtak frå NAV datert 14.10.2026.', '2026-10-14', '2026-11-20'],
    ['Eg klagar på det de skreiv 14.10.2026.', '2026-10-14', '2026-11-20'],
    ['Eg er usamd i det NAV bestemte då de skreiv til meg 14.10.2026.', '2026-10-14', '2026-11-20'],
    ['Jag överklagar beslutet från Försäkringskassan daterat 3 november 2026.', '2026-11-03', '2026-11-20'],
    ['Hej! Jag vill överklaga ert beslut den 3 november 2026 om sjukpenning.', '2026-11-03', '2026-11-20'],
    ['Jag överklagar beslut av den 12/10 2026.', '2026-10-12', '2026-11-20'],
    ['Jag överklagar Försäkringskassans beslut av den 3:e november 2026.', '2026-11-03', '2026-11-20'],
  ])('%s', (body, iso, mail) => {
    expect(findDecisionDate(HEAD + body, 'first_instance', mail as never)).toBe(iso);
  });

  it.each([
    // the date is something else's
    'Eg klagar. Då de skreiv 14.10.2026 at eg ikkje fekk AAP, vart eg lei meg.',
    'Eg klagar på vedtaket, fordi fastlegen skreiv 14.10.2026 at eg er sjuk.',
    'Eg klagar på det dei skreiv 14.10.2026.',
    'I vedtaket skreiv dei at eg ikkje møtte til samtale 20.02.2026.',
    'Jag överklagar beslutet. Jag var sjuk 12/10 2026.',
    'Jag överklagar beslutet i ärende 12/10 2026.',
    'Jag överklagar beslutet om 12/10 26 dagar.',
    // a case or registry number (review s21)
    'Jag överklagar beslutet i ärendenummer 12/10 2026.',
    'Jag överklagar beslutet, Dnr. 12/10 2026.',
    'Jag överklagar beslutet, diarienummer 12/10 2026.',
    'Jeg klager på vedtaket i sak j.nr. 12/10 2026.',
    'Jeg klager på vedtaket, journalpost 12/10 2026.',
    'Jeg klager på vedtaket, journalnummer 12/10 2026.',
    // an amount, not a year
    'Jag överklagar beslutet om 1/2 2000 kr per månad.',
    'Jag överklagar beslutet om 1/2 2000 kronor per månad.',
    'Jag överklagar beslutet om 1/2 2000:- per månad.',
    // not an appeal: «Jeg klager ikke», «överklagar inte» (review s21)
    'Jeg klager ikke, men lurer på det dere skrev 14.10.2026.',
    'Eg klagar ikkje, men lurer på det de skreiv 14.10.2026.',
    'Jag överklagar inte, men undrar över det ni skrev 14.10.2026.',
  ])('%s', (body) => {
    expect(read(body)).toBeNull();
  });

  it('a registry number keeps its shape as a case reference, not a date', () => {
    for (const word of ['ärendenummer', 'Dnr.', 'diarienummer', 'j.nr.', 'journalpost', 'saksnummer', 'journalnummer'])
      expect(findDateMentions(`Beslut ${word} 12/10 2026 gäller.`)).toEqual([]);
    for (const label of ['Ärendenummer', 'Dnr.', 'J.nr.']) expect(findCaseReferences(`${label} 12/10 2026\nHej`)).toEqual(['12/10']);
  });

  it('«Side 1/2 2026» in a footer is a page, not the letter’s date', () => {
    expect(findLetterDate(`${HEAD}Jag överklagar beslutet.\n\nSide 1/2 2026`)).toBeNull();
    expect(findLetterDate(`${HEAD}Jag överklagar beslutet.\n\nSida 1/2 2026`)).toBeNull();
  });
});

describe('a bare place under a dangling line is the letterhead’s, not the phrase’s (review s21)', () => {
  it.each([
    ['Klage på vedtak fra\nBergen datert 4.11.2026\n\nJeg klager.', '2026-11-04'],
    ['Med kopi fra\nOslo datert 19.11.2026\n\nJeg klager på vedtaket.', '2026-11-19'],
  ])('%s', (body, letterDate) => {
    expect(read(body)).toBeNull();
    expect(findLetterDate(HEAD + body)).toBe(letterDate);
  });
});
