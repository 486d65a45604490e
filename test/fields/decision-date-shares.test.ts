import { describe, expect, it } from 'vitest';
import { findDateMentions } from '#domain/fields/dates';
import { extractFields } from '#domain/fields/index';
import { idFor } from '../support/national-ids.ts';

/**
 * QA s23 (issue #13): «Jeg klager på vedtaket av 1/2 uføregrad» (half a disability degree) was read as a decision of
 * 1 February, and a wrong decision date sets wrong deadlines. A yearless «1/2» after a dating word is a date only where
 * the sentence ends or goes on with a word that starts what is said next («av 3/10 om AAP», «av 3/10 er feil»); a word
 * of anything else after it makes it a share of that word, and «1/1-stilling» a compound. Mail dates are chosen so
 * that the share, read as a day, would fall within the half year a yearless date may take.
 */
const read = (text: string, mail: string) => extractFields(text, 'first_instance', { receivedDate: mail }).decisionDate;

describe('a share after a dating word is no decision date', () => {
  it.each([
    ['nb, half a disability degree', 'Jeg klager på vedtaket av 1/2 uføregrad.', '2026-03-20'],
    ['nb, two thirds of the benefit', 'Jeg klager på vedtaket av 2/3 uføretrygd.', '2026-03-20'],
    ['nb, the owner, then a share', 'Jeg klager på vedtaket ditt av 1/2 uføregrad fra mars.', '2026-03-20'],
    ['nb, a full-time post as a compound', 'Jeg klager på vedtaket av 1/1-stilling.', '2026-03-20'],
    ['nb, a half day as a compound', 'Jeg klager på vedtaket av 1/2-dag i arbeidstrening.', '2026-03-20'],
    ['nn, a quarter of the degree', 'Eg klagar på vedtaket av 1/4 uføregrad.', '2026-05-20'],
    ['nn, half the sick pay', 'Eg klagar på vedtaket av 1/2 sjukepengar.', '2026-03-20'],
    ['sv, half the sickness compensation', 'Jag överklagar beslutet av 1/2 sjukersättning.', '2026-03-20'],
    ['da, half the benefit', 'Jeg klager over afgørelsen af 1/2 ydelse.', '2026-03-20'],
    ['en, half the benefit', 'I appeal the decision of 1/2 disability benefit.', '2026-03-20'],
    ['nb, «datert» before a share', 'Jeg klager på vedtak datert 1/2 uføregrad.', '2026-03-20'],
    ['nb, a per cent', 'Jeg klager på vedtaket av 50 % uføregrad.', '2026-03-20'],
  ])('%s', (_, text, mail) => {
    expect(read(text, mail)).toBeNull();
  });

  it.each([
    ['1/2 uføregrad'],
    ['2/3 stillingsandel'],
    ['1/1-stilling'],
  ])('no date mention: «av %s»', (share) => {
    expect(findDateMentions(`vedtaket av ${share}`)).toEqual([]);
  });
});

describe('a yearless date after a dating word is still read', () => {
  it.each([
    ['nb, the end of the sentence', 'Jeg klager på vedtaket av 1/2.', '2026-03-20', '2026-02-01'],
    ['nb, the end of the line', 'Klage på vedtak av 3/10\nJeg er ikke enig.', '2026-10-26', '2026-10-03'],
    ['nb, what it was about next', 'Jeg klager på vedtaket av 3/10 om arbeidsavklaringspenger.', '2026-10-26', '2026-10-03'],
    ['nb, a verb next', 'Vedtaket av 3/10 er feil, og jeg klager.', '2026-10-26', '2026-10-03'],
    ['sv, «och» next', 'Jag överklagar beslutet av den 4/10 och begär omprövning.', '2026-10-26', '2026-10-04'],
    ['en, «regarding» next', 'I appeal the decision of 3/10 regarding my sick pay.', '2026-10-26', '2026-10-03'],
  ])('%s', (_, text, mail, expected) => {
    expect(read(text, mail)).toBe(expected);
  });

  it.each([
    ['12.03.2025', '2025-03-12'],
    ['12.3.25', '2025-03-12'],
    ['12. mars 2025', '2025-03-12'],
    ['2025-03-12', '2025-03-12'],
  ])('SPEC.md\'s forms: «vedtaket av %s»', (date, expected) => {
    expect(read(`Jeg klager på vedtaket av ${date}.`, '2025-03-20')).toBe(expected);
  });
});

/**
 * QA s23's decision dates still missed (issue #13): a day and month by a full stop with no year («vedtak av 3.10»,
 * its year from the mail's date by the half-year rule of decision-dates.ts) and a weekday shortened before the date
 * («av tirsd. 3. oktober 2026»); a section number after the date is no date.
 */
describe('decision dates QA s23 found missed', () => {
  it.each([
    ['nb, «av 3.10» in a subject line', 'Klage på vedtak av 3.10\nJeg er ikke enig.', '2026-10-03'],
    ['nb, the end of the sentence', 'Jeg klager på vedtak av 3.10.', '2026-10-03'],
    ['nb, a comma and «og»', 'Jeg klager på vedtak av 3.10, og jeg ber om ny vurdering.', '2026-10-03'],
    ['nb, «og» and a second dating clause', 'Jeg klager på vedtak av 3.10 og brevet av 5.10.', '2026-10-03'],
    ['nn, a comma next', 'Eg klagar på vedtaket av 3.10, som eg fekk i posten.', '2026-10-03'],
    ['nb, a weekday shortened', 'Jeg klager på vedtaket av tirsd. 3. oktober 2026.', '2026-10-03'],
    ['nn, a weekday shortened', 'Eg klagar på vedtaket av tysd. 3. oktober 2026.', '2026-10-03'],
    ['da, a weekday shortened', 'Jeg klager over afgørelsen af tirsd. 3. oktober 2026.', '2026-10-03'],
    ['sv, a weekday shortened', 'Jag överklagar beslutet av tisd. 3 oktober 2026.', '2026-10-03'],
    ['en, a weekday shortened', 'I appeal the decision of Tues. 3 October 2026.', '2026-10-03'],
    ['nb, a section number after it', 'Jeg klager på vedtaket av 3. oktober 2026, punkt 4.12, skrev dere: at jeg ikke har rett.', '2026-10-03'],
  ])('%s', (_, text, expected) => {
    expect(read(text, '2026-11-20')).toBe(expected);
  });

  it.each([
    ['a clock time', 'Vedtaket kom kl. 3.10 om natta, og jeg klager.'],
    ['a sum', 'Jeg klager på vedtaket av 3.10 kr i trekk.'],
    ['a multiple of the base amount', 'Jeg klager på vedtaket av 1.5 G.'],
    ['a per cent', 'Jeg klager på vedtaket om trekk av 2.5 prosent.'],
    ['after what the decision is about', 'Jeg klager på vedtaket om reduksjon av 3.10.'],
    ['a year after a space this pattern would drop', 'Jeg klager på vedtaket av 12.10 2024.'],
    ['«fra», a period\'s start', 'Jeg klager på vedtaket fra 3.10.'],
    ['far before the mail (more than half a year)', 'Jeg klager på vedtaket av 3.4.'],
    // A full stop's day and month go on only to the end, a comma or «og» and a second dating clause (QA s24 review).
    ['«om» after it', 'Jeg klager på vedtaket ditt av 3.10 om AAP.'],
    ['«on» after it', 'I appeal the decision of 3.10 on my sick pay.'],
  ])('no decision date: %s', (_, text) => {
    expect(read(text, '2026-11-20')).toBeNull();
  });
});

/**
 * QA s24 review (issue #13): what the session 24 branch read as decision dates that main left unread. A wrong date
 * sets wrong deadlines and routes the letter; none holds it for review.
 */
describe('a shortened weekday that is also a word ends its sentence', () => {
  const mail = '2026-11-20';
  it('da, «min mand.» (husband) before a sentence that opens with a date', () => {
    const letter = [
      'Jens Holm',
      `Personnummer ${idFor(22, 3, 61, 100)}`,
      'Vestergade 12',
      '5000 Odense C',
      'Danmark',
      'Odense, 18. november 2026',
      'Klage',
      'Jeg klager over afgørelsen om arbeidsavklaringspenger til min mand. 3. oktober 2026 blev han indlagt på sygehuset, og han kan ikke selv skrive. Han har stadig brug for pengene.',
      'Med venlig hilsen',
      'Jens Holm',
    ].join('\n');
    expect(read(letter, mail)).toBeNull();
  });
  it.each([
    ['da, «sund.» (healthy)', 'Jeg klager over afgørelsen fordi jeg ikke er sund. 3. oktober 2026 blev jeg indlagt.'],
    ['nb, «fred.» (peace)', 'Jeg klager på vedtaket fordi jeg vil ha fred. 3. oktober 2026 ble jeg syk igjen.'],
    ['nb, a weekday form not after a dating word', 'Jeg klager på vedtaket som kom tirsd. 3. oktober 2026 ble jeg syk.'],
  ])('%s', (_, text) => {
    expect(read(text, mail)).toBeNull();
  });
  it('still read right after a dating word: «vedtaket av tirsd. 3. oktober 2026»', () => {
    expect(read('Jeg klager på vedtaket av tirsd. 3. oktober 2026.', mail)).toBe('2026-10-03');
  });
});

describe('a decimal after a dating word is no decision date', () => {
  it('nb, «av 2.5 i uken» in a whole letter', () => {
    const letter = [
      'Per Hansen',
      `Fødselsnummer ${idFor(22, 3, 61, 100)}`,
      'Storgata 5',
      '7010 Trondheim',
      'Trondheim, 18. juni 2026',
      'Klage på vedtak om arbeidsavklaringspenger',
      'Jeg klager på vedtaket av 2.5 i uken som dere har satt for arbeidstreningen. Legen min mener jeg bare tåler én dag i uken.',
      'Med vennlig hilsen',
      'Per Hansen',
    ].join('\n');
    expect(read(letter, '2026-06-20')).toBeNull();
  });
  it.each([
    ['Jeg klager på vedtaket av 1.5 i stillingsandel.', '2026-06-20'],
    ['Jeg klager på vedtaket av 1.5 på AAP.', '2026-06-20'],
    ['Jeg klager på vedtaket av 1.5 om dagen.', '2026-06-20'],
    ['Jeg klager på vedtaket av 4.5 i arbeidstid.', '2026-06-20'],
    ['Jeg klager på vedtaket av 1.2 som uføregrad.', '2026-03-20'],
    ['Jeg klager på vedtaket av 7.5 i uka.', '2026-08-20'],
    ['I appeal the decision of 1.5 on my hours.', '2026-06-20'],
  ])('«%s» (received %s)', (text, mail) => {
    expect(read(text, mail)).toBeNull();
  });
  it.each([
    ['Jeg klager på vedtak av 3.10.', '2026-11-20', '2026-10-03'],
    ['Jeg klager på vedtak av 3.10, og jeg ber om ny behandling.', '2026-11-20', '2026-10-03'],
    ['Jeg klager på vedtak av 3.12.', '2027-01-05', '2026-12-03'],
  ])('still read: «%s» (received %s)', (text, mail, expected) => {
    expect(read(text, mail)).toBe(expected);
  });
});

describe('a slash share linked to its noun is no decision date', () => {
  it.each([
    'Jeg klager på vedtaket av 1/2 i uføregrad.',
    'Jeg klager på vedtaket av 1/2 med uføretrygd.',
    'Jeg klager på vedtaket av 1/2 på uføretrygd.',
    'Jeg klager på vedtaket av 1/2 som uføregrad.',
    'I appeal the decision of 1/2 on disability.',
  ])('«%s»', (text) => {
    expect(read(text, '2026-03-20')).toBeNull();
  });
});

describe('real «av 3/10» dates main read go on being read', () => {
  it.each([
    'Jeg klager på vedtaket av 3/10 siden jeg er syk.',
    'Jeg klager på vedtaket av 3/10 ettersom jeg er syk.',
    'Jeg klager på vedtaket av 3/10 til meg.',
    'Jeg klager på vedtaket av 3/10 for AAP.',
    'Jeg klager på vedtaket av 3/10 ved Nav Grünerløkka.',
    'Jeg klager på vedtaket av 3/10 hvori dere avslo søknaden.',
    'Eg klagar på vedtaket av 3/10 til meg.',
    'Eg klagar på vedtaket av 3/10 sidan eg er sjuk.',
    'Eg klagar på vedtaket av 3/10 angåande AAP.',
    'Jag överklagar beslutet av 3/10 rörande sjukpenning.',
    'Jeg klager over afgørelsen af 3/10 idet jeg er syg.',
    'I appeal the decision of 3/10 to stop my benefit.',
    'I appeal the decision of 3/10 by Nav.',
    'I appeal the decision of 3/10 in which you refused my application.',
  ])('«%s»', (text) => {
    expect(read(text, '2026-11-20')).toBe('2026-10-03');
  });
});

// Second review of wrong24: «fra» before a shortened weekday is the date payments stop or a stay began, not the decision's
// date; with the weekday in between it must read as the plain «fra 1. oktober 2026» does (no decision date).
describe('a shortened weekday after «fra» dates no decision', () => {
  it.each([
    ['the stop date', 'Jeg klager på vedtaket om arbeidsavklaringspenger som stanser ytelsen fra onsd. 1. oktober 2026.'],
    ['the stop date, tuesday', 'Jeg klager på vedtaket om arbeidsavklaringspenger som stanser ytelsen fra tirsd. 3. november 2026.'],
    ['from a day on', 'Jeg klager på vedtaket om sykepenger fra tirsd. 3. november 2026. Jeg er fortsatt syk.'],
    ['a stay in hospital', 'Jeg klager på vedtaket om arbeidsavklaringspenger. Jeg har vært innlagt fra torsd. 3. oktober 2026 og kunne ikke sende meldekort.'],
  ])('%s', (_, text) => {
    expect(read(text, '2026-11-20')).toBeNull();
  });
});
