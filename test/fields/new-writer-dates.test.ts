import { describe, expect, it } from 'vitest';
import { findDateMentions } from '#domain/fields/dates';
import { extractFields } from '#domain/fields/index';
import { decisionDateGiven, decisionDateNotGiven } from '../../corpus/new-writer-dates-dev.ts';

/**
 * The decision date as writers outside the corpus' templates give it (session 23, issue #13): nynorsk, Swedish,
 * Danish and English phrasings, dates as a hand writes them and OCR breaks them, a date in the subject line; and
 * the dates that are not the decision's (an e-mail's sent date, a phone call, the day the writer fell ill, a
 * benefit's start). Precision first: a wrong decision date can make an in-time appeal look missed.
 */
const read = (text: string, mail: string | null = '2026-10-26') => extractFields(text, 'first_instance', { receivedDate: mail });

describe('the dev slice (corpus/new-writer-dates-dev.ts)', () => {
  // Session 24: «Klage på vedtak av 3.10» (a day and month by a full stop, no year) is read as «av 3/10» is (date-tokens.ts).
  it.each(decisionDateGiven.map((l) => [l.id, l.language, l] as const))('%s (%s): the decision date given is read', (_, __, l) => {
    expect(read(l.text, l.mailReceived)).toMatchObject({ decisionDate: l.decisionDate, decisionReceivedDate: l.decisionReceivedDate });
  });
  it.each(decisionDateNotGiven.map((l) => [l.id, l.language, l] as const))('%s (%s): no decision date where the letter gives none', (_, __, l) => {
    expect(read(l.text, l.mailReceived)).toMatchObject({ decisionDate: null, decisionReceivedDate: l.decisionReceivedDate });
  });
  it('w41: «vedtak av 3.10» is read only as «av 3/10» is: never a time, a sum or a share', () => {
    expect(read('Klage på vedtak av 3.10\nJeg er ikke enig i vedtaket.').decisionDate).toBe('2026-10-03');
    expect(read('Vedtaket kom kl. 3.10 om natta, og jeg klager.').decisionDate).toBeNull();
    expect(read('Jeg klager på vedtaket av 3.10 kr i trekk.').decisionDate).toBeNull();
  });
});

describe('dates as a hand writes them and OCR breaks them', () => {
  const dm = (text: string) => findDateMentions(text).map((m) => [m.day, m.month, m.year]);
  it.each([
    ['den 3dje oktober 2026', [[3, 10, 2026]]],
    ['21ste oktober', [[21, 10, null]]],
    ['10de mai 2026', [[10, 5, 2026]]],
    ['3desember 2026', [[3, 12, 2026]]],
    ['3. oktobr 2026', [[3, 10, 2026]]],
    ['3rd Octobr 2026', [[3, 10, 2026]]],
    ['12 novmber 2026', [[12, 11, 2026]]],
    ['3 / 10 - 26', [[3, 10, 2026]]],
    ['vedtak av 3/10', [[3, 10, null]]],
    ['decision of 3/10.', [[3, 10, null]]],
  ])('%s', (text, expected) => {
    expect(dm(text)).toEqual(expected);
  });
  it.each([
    ['a share after a dating word', 'reduksjon av 1/3 av uføretrygden'],
    ['a share of the base amount', 'en økning av 1/2 G'],
    ['a fraction in running text', 'jeg jobber 1/2 dag'],
    ['a page', 'side 1/2'],
    ['a count of days', '3 dager'],
    ['a word one edit from no month', '3 juniorer'],
    ['a word two edits from a month', '20 novembre'],
  ])('no date: %s', (_, text) => {
    expect(findDateMentions(text)).toEqual([]);
  });
});

describe('new phrasings of the decision date', () => {
  it.each([
    ['nn, the office making it, yearless', 'eg klagar på vedtaket de gjorde 3.okt.', '2026-10-03'],
    ['nn, «de fatta»', 'Vedtaket de fatta 7. oktober 2026 er eg usamd i.', '2026-10-07'],
    ['en, «you made»', 'I appeal the decision you made on 30 September 2026.', '2026-09-30'],
    ['sv, the owner and «den», yearless', 'jag överklagar ert beslut den 4 okt.', '2026-10-04'],
    ['nb, «vedtaket den», yearless', 'Jeg klager på vedtaket den 3. oktober.', '2026-10-03'],
    ['en, «decision letter from»', 'I am appealing the decision letter from 3/10/2026.', '2026-10-03'],
    ['nb, subject line, yearless slash', 'Klage på vedtak av 3/10\nJeg er ikke enig.', '2026-10-03'],
    ['sv, «från den» right after the noun', 'Jag vill överklaga beslut från den 2026-10-04.', '2026-10-04'],
  ])('%s', (_, text, expected) => {
    expect(read(text).decisionDate).toBe(expected);
  });

  it.each([
    ['sv, receiving it is the receipt', 'Jag fick ert beslut den 4 okt och överklagar det.'],
    ['nn, the office made it after a visit', 'Vedtaket de gjorde etter at eg var hos legen 3. oktober 2026 er feil.'],
    ['sv, «från den» after what the decision is about', 'Jag överklagar beslutet om sjukersättning från den 1 november 2026.'],
    ['nb, «fra den» after what the decision is about', 'Jeg klager på vedtaket om arbeidsavklaringspenger fra den 1. oktober 2026.'],
    ['nb, a share after «av»', 'Jeg klager på vedtaket av 1/3 G i barnetillegg.'],
    ['nb, a blank line before «den»', 'Jeg klager på vedtaket\n\nden 3. oktober var jeg innlagt.'],
  ])('no decision date: %s', (_, text) => {
    expect(read(text, '2026-03-20').decisionDate).toBeNull();
  });
});

describe('an e-mail printed out: its sent date is never the decision date', () => {
  it.each([
    ['nb «Sendt:» under the subject', 'Emne: Klage på vedtak\nSendt: 14. november 2026 10:12\n\nJeg er ikke enig.'],
    ['sv «Skickat: den …»', 'Ämne: Överklagande av beslut\nSkickat: den 14 november 2026 10:12\n\nJag överklagar beslutet.'],
    ['da «Sendt:»', 'Emne: Klage over afgørelse\nSendt: 14. november 2026 10:12\n\nJeg klager over afgørelsen.'],
    ['en «Sent:» in a forwarded message', '-----Original Message-----\nFrom: Nav\nSent: 14 November 2026 10:12\nSubject: Your decision\n\nI appeal.'],
    ['en «Date:»', 'Subject: Appeal against the decision\nDate: 14 November 2026\n\nI appeal the decision.'],
    ['en quoted reply', 'On Wed, 14 Nov 2026 at 10:12, Nav wrote:\nYour decision has been made.'],
    ['nb quoted reply', 'Den ons. 14. nov. 2026 kl. 10:12 skrev Nav:\nVedtaket er fattet.'],
    ['nb quoted reply as Gmail prints it', 'Emne: Klage på vedtak\ntor. 14. nov. 2026 kl. 10:12 skrev Kari Holm <kari@example.no>:\n> Jeg er uenig.'],
    ['en quoted reply as Gmail prints it', 'Subject: decision\nOn Thu, Nov 14, 2026 at 10:12 AM Nav <post@nav.example> wrote:\n> Refused.'],
  ])('%s', (_, text) => {
    expect(read(text, '2026-11-16').decisionDate).toBeNull();
  });

  it('a writer quoting the decision («I vedtaket av … skrev dere:», no clock time) keeps its date', () => {
    expect(read('I vedtaket av 3. oktober 2026 skrev dere:\n«Du har ikke rett.»').decisionDate).toBe('2026-10-03');
  });

  it('the decision date in the body of such an e-mail is read', () => {
    const text = 'Fra: Kari Holm\nSendt: 14. oktober 2026 10:12\nEmne: Klage\n\nJeg klager på vedtaket av 3. oktober 2026.';
    expect(read(text).decisionDate).toBe('2026-10-03');
  });
});

describe('dates of what the decision does not date', () => {
  it.each([
    ['nn, a phone call', 'Eg klagar på vedtaket, som eg snakka med sakshandsamar om på telefon 3. oktober 2026.'],
    ['en, a phone call', 'I appeal the decision I discussed with you on the phone on 3 October 2026.'],
    ['nb, put on sick leave', 'Jeg klager på vedtaket om sykepenger fra da jeg ble sykmeldt 3. oktober 2026.'],
    ['da, fell ill', 'Jeg klager over afgørelsen, for jeg blev syg 3. oktober 2026.'],
    ['sv, a visit', 'Jag överklagar beslutet efter besöket 3 oktober 2026.'],
    ['nb, a sentence that opens with a date', 'Jeg klager på vedtaket. 3. oktober 2026 ble jeg innlagt.'],
    ['nb, the same across a line end', 'Vedtaket den gangen var riktig.\n3. oktober 2026 ble jeg syk.'],
  ])('%s', (_, text) => {
    expect(read(text).decisionDate).toBeNull();
  });

  it.each([
    ['an abbreviation before the date', 'Jeg klager på vedtaket datert ca. 3. oktober 2026.'],
    ['a stray stop after the dating word', 'Jeg klager på vedtaket datert. 3.10.2026'],
  ])('a full stop that ends no sentence keeps the date: %s', (_, text) => {
    expect(read(text).decisionDate).toBe('2026-10-03');
  });
});

/**
 * The review of session 23: wrong decision dates the branch took where main took none. A yearless «3/10» is the
 * decision's only right after the decision noun (its owner or «den») and a dating word; «vedtaket den 20. oktober»
 * without a year only in an appeal of it; «tog emot», «tok imot» before the noun make its date the receipt.
 */
describe('the review: shares, scores and other days are never the decision date', () => {
  it.each([
    ['nb, a share after what the decision is about', 'Jeg klager på vedtaket om reduksjon av 1/3.', '2026-03-20'],
    ['nb, a share, then «i»', 'Jeg klager på vedtaket om trekk av 1/3 i pensjonen min.', '2026-03-20'],
    ['nb, a share to pay back', 'Jeg klager på vedtaket om tilbakebetaling av 1/3.', '2026-03-20'],
    ['nb, a score', 'I vedtaket ble jeg gitt en score av 3/10 på smerteskalaen.', '2026-10-26'],
    ['en, a rating', 'The decision gave me a rating of 3/10 for pain.', '2026-10-26'],
    ['nb, points', 'Vedtaket om arbeidsevne gir meg en vurdering av 2/6 poeng.', '2026-10-26'],
    ['nb, «fra» a share «til» a share', 'Jeg klager på vedtaket fra 1/2 til 1/3 stilling.', '2026-03-20'],
    ['nb, «fra» a stop date', 'Jeg klager på stansvedtaket fra 1/7.', '2026-07-20'],
    ['nb, reading it', 'Jeg leste vedtaket den 20. oktober og ble sjokkert.', '2026-10-26'],
    ['nb, having appealed it', 'Jeg klaget på vedtaket den 20. oktober, men har ikke hørt noe.', '2026-10-26'],
    ['nb, picking it up', 'Jeg hentet vedtaket den 20. oktober på postkontoret.', '2026-10-26'],
    ['nb, a talk about it', 'Jeg snakket med saksbehandler om vedtaket den 20. oktober.', '2026-10-26'],
    // variants of our own
    ['da, a share after what the decision is about', 'Jeg klager over afgørelsen om nedsættelse af 1/3.', '2026-03-20'],
    ['en, a share after what the decision is about', 'I appeal the decision on a reduction of 1/4.', '2026-04-20'],
    ['da, a score', 'Afgørelsen gav mig en score af 2/10 på testen.', '2026-10-26'],
    ['nn, reading it', 'Eg las vedtaket den 20. oktober.', '2026-10-26'],
    ['sv, picking it up', 'Jag hämtade ert beslut den 20 oktober på posten.', '2026-10-26'],
  ])('%s', (_, text, mail) => {
    expect(read(text, mail).decisionDate).toBeNull();
  });

  it.each([
    ['sv «tog emot»', 'Jag tog emot ert beslut den 20 oktober och överklagar det.'],
    ['nb «tok imot»', 'Jeg tok imot vedtaket den 20. oktober og klager.'],
    ['da «tog imod» (our own)', 'Jeg tog imod afgørelsen den 20. oktober og klager.'],
    ['sv «tog emot», the year given', 'Jag tog emot ert beslut den 20 oktober 2026 och överklagar det.'],
  ])('taking delivery of it dates the receipt, not the decision: %s', (_, text) => {
    expect(read(text)).toMatchObject({ decisionDate: null, decisionReceivedDate: '2026-10-20' });
  });

  it.each([
    ['nb, the owner before the dating word', 'Jeg klager på vedtaket ditt av 3/10.', '2026-10-03'],
    ['sv, «av den»', 'Jag överklagar beslutet av den 4/10.', '2026-10-04'],
    ['nn, an appeal, the owner and «den»', 'Eg klagar på vedtaket dykkar den 3. oktober.', '2026-10-03'],
    ['da, an appeal and «den»', 'Jeg klager over afgørelsen den 3. oktober.', '2026-10-03'],
  ])('still read: %s', (_, text, expected) => {
    expect(read(text).decisionDate).toBe(expected);
  });

  it('a yearless slash carries its mark; other dates do not', () => {
    expect(findDateMentions('vedtak av 3/10 og 3. oktober').map((m) => m.slash ?? false)).toEqual([true, false]);
  });
});
