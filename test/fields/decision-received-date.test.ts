import { describe, expect, it } from 'vitest';
import { extractFields } from '#domain/fields/index';

/**
 * The date the decision was received (SPEC: the appeal deadline counts from it, else from the decision's
 * date). QA s17: three lawyers' letters got a wrong legal deadline from it.
 */
const received = (text: string, of: 'first_instance' | 'appeals_body' = 'first_instance') => extractFields(text, of).decisionReceivedDate;

describe('decisionReceivedDate: the date governed by the receive verb', () => {
  it('QA s17 L11: «mottok X NAVs vedtak datert Y, der … Z» takes X, never Z in the clause about the decision', () => {
    const text = `Min klient mottok 2. mars 2026 NAVs vedtak datert 27.02.2026, der NAV ikke godkjenner
skulderskaden fra fallet på arbeidsplassen 4. oktober 2024 som yrkesskade etter folketrygdloven
§ 13-3. Det klages herved på vedtaket.`;
    expect(extractFields(text, 'first_instance')).toMatchObject({ decisionDate: '2026-02-27', decisionReceivedDate: '2026-03-02' });
  });

  it.each([
    ['nb', 'Min klient mottok 2. mars 2026 NAVs vedtak datert 27.02.2026.'],
    ['nb, «den»', 'Klienten fikk den 2. mars 2026 vedtaket datert 27.02.2026.'],
    ['en', 'My client received on 2 March 2026 the decision dated 27 February 2026.'],
  ])('verb, date, then the decision noun (%s)', (_, text) => {
    expect(received(text)).toBe('2026-03-02');
  });

  it.each([
    // QA s17 L33 and L41
    ['nb participle', 'Det klages på vedtak datert 16. april 2026, mottatt av klienten 20. april 2026.'],
    ['nb passive', 'Det klages på vedtak datert 16. april 2026. Vedtaket ble mottatt av min klient 20. april 2026.'],
    ['nb «parten»', 'Det klages på vedtak datert 16. april 2026, mottatt av parten den 20. april 2026.'],
    ['nb relative', 'Vedtaket av 16. april 2026, som klienten mottok 20. april 2026, påklages.'],
    ['nb «fikk vedtaket»', 'Det klages på vedtak datert 16. april 2026. Klienten fikk vedtaket 20. april 2026.'],
    ['nn motteke', 'Eg klagar på vedtaket av 16. april 2026, motteke av klienten 20. april 2026.'],
    ['nn motteken', 'Eg klagar på vedtaket av 16. april 2026. Vedtaket vart motteken av klienten 20. april 2026.'],
    ['nn fekk', 'Eg klagar på vedtaket av 16. april 2026. Klienten fekk vedtaket 20. april 2026.'],
    ['sv mottogs', 'Jag överklagar beslutet daterat 16 april 2026, som mottogs av min klient 20 april 2026.'],
    ['sv fick', 'Jag överklagar beslut daterat 16 april 2026. Min klient fick beslutet 20 april 2026.'],
    ['da modtaget af', 'Jeg klager over afgørelsen af 16. april 2026, modtaget af klienten 20. april 2026.'],
    ['da modtog', 'Jeg klager over afgørelsen af 16. april 2026. Min klient modtog afgørelsen 20. april 2026.'],
    ['en', 'I appeal the decision dated 16 April 2026, received by my client on 20 April 2026.'],
  ])('passive and participle forms with a receiver (%s)', (_, text) => {
    expect(extractFields(text, 'first_instance')).toMatchObject({ decisionDate: '2026-04-16', decisionReceivedDate: '2026-04-20' });
  });

  it('QA s17 L41: a tribunal appeal reads «Vedtaket ble mottatt av min klient …»', () => {
    const text = `Anke til Trygderetten over Nav klageinstans sitt vedtak av 20. mai 2026.
Vedtaket ble mottatt av min klient 26. mai 2026.`;
    expect(extractFields(text, 'appeals_body')).toMatchObject({ decisionDate: '2026-05-20', decisionReceivedDate: '2026-05-26' });
  });
});

describe('decisionReceivedDate: a relative clause closed by a comma is passed over', () => {
  it.each([
    ['its date is the decision\'s', 'Brev datert 10. juni 2026. Jeg mottok vedtaket, som er datert 16. april 2026, først 30. mai 2026.', '2026-05-30'],
    ['it says what the decision holds', 'Jeg mottok vedtaket, der det står at jeg må betale tilbake, den 20. april 2026. Vedtak av 16. april 2026.', '2026-04-20'],
    ['en, another event\'s date in it', 'I received the decision, which says the accident happened on 4 October 2024, on 20 April 2026. The decision dated 16 April 2026 is appealed.', '2026-04-20'],
  ])('the receipt date after it is read (%s)', (_, text, iso) => {
    expect(received(text)).toBe(iso);
  });

  it('a date inside it is never the receipt', () => {
    expect(received('Jeg mottok vedtaket, der NAV legger til grunn at skaden oppsto 4. oktober 2024. Vedtak av 16. april 2026.')).toBeNull();
  });
});

describe('decisionReceivedDate: dates that are not the receipt are never taken', () => {
  it('a received date before the decision date is impossible: none is read (the deadline counts from the decision)', () => {
    expect(extractFields('Klage på vedtak av 3. mars 2026. Jeg mottok vedtaket 1. mars 2026.', 'first_instance')).toMatchObject({
      decisionDate: '2026-03-03',
      decisionReceivedDate: null,
    });
  });

  it.each([
    ['another decision', 'Klage på vedtak av 3. mars 2026. Jeg mottok vedtaket 1. mars 2026. Jeg fikk vedtaket om tilbakebetaling 30. april 2026.'],
    ['another receiver', 'Klage på vedtak av 16. april 2026. Jeg mottok vedtaket 10. april 2026. Vedtaket mottok vi på kontoret 30. mai 2026.'],
    ['the same sentence', 'Klage på vedtak av 16. april 2026. Klienten mottok vedtaket 2. april 2026, og vi mottok vedtaket 30. mai 2026.'],
  ])('after an impossible first receipt, a later receipt phrase is never taken (%s)', (_, text) => {
    expect(received(text)).toBeNull();
  });

  it.each([
    ['the lawyer', 'Vedtaket av 16. april 2026 sendte jeg videre til advokaten, og det ble mottatt av ham 30. mai 2026.'],
    ['a wrong address', 'Vedtaket av 16. april 2026 ble sendt til feil adresse og mottatt av dem 18. april 2026. Jeg fikk det først 30. mai 2026.'],
    ['«henne»', 'Det klages på vedtak datert 16. april 2026, mottatt av henne den 20. april 2026.'],
    ['«oss»', 'Det klages på vedtak datert 16. april 2026, mottatt av oss 30. mai 2026.'],
    ['«meg», a lawyer writing', 'Klage på vedtak av 16. april 2026, mottatt av meg 30. mai 2026 da jeg kom hjem fra sykehus. Klienten fikk det 20. april 2026.'],
    ['en «them»', 'I appeal the decision dated 16 April 2026, received by them on 30 May 2026.'],
  ])('a pronoun receiver may be someone other than the party: none is read (%s)', (_, text) => {
    expect(received(text)).toBeNull();
  });

  it.each([
    ['nb, «vi … fra klienten»', 'Vi mottok 30. mai 2026 vedtaket fra klienten. Vedtaket av 16. april 2026 påklages på vegne av klienten.'],
    ['nb, the firm', 'Advokatfirmaet mottok 30. mai 2026 vedtaket av 16. april 2026 fra klienten.'],
    ['nb, the firm, no «fra»', 'Klage på vedtak av 16. april 2026. Advokatkontoret mottok 30. mai 2026 vedtaket.'],
    ['nb, «vi» of a representative, no «fra»', 'Klage på vedtak av 16. april 2026 på vegne av vår klient. Vi mottok 30. mai 2026 vedtaket.'],
    ['nb, «i kopi»', 'Klage på vedtak av 16. april 2026. Klienten mottok 30. mai 2026 vedtaket i kopi.'],
    ['nb, «via»', 'Klage på vedtak av 16. april 2026. Klienten fikk 30. mai 2026 vedtaket via advokaten.'],
    ['en', 'We received on 30 May 2026 the decision from our client. The decision dated 16 April 2026 is appealed.'],
    ['sv', 'Vi mottog den 30 maj 2026 beslutet från vår klient. Beslutet daterat 16 april 2026 överklagas.'],
    ['da', 'Vi modtog den 30. maj 2026 afgørelsen fra klienten. Afgørelsen af 16. april 2026 påklages.'],
  ])('verb, date, decision noun: not when the firm or «we» received it, or it came from someone else (%s)', (_, text) => {
    expect(received(text)).toBeNull();
  });

  it('the receiver agent is a person: an office that received the appeal dates nothing', () => {
    expect(received('Vi viser til klage på vedtaket vårt av 16.10.2026. Klage på vedtaket ble mottatt av NAV 04.11.2026.')).toBeNull();
  });

  it('«klage mottatt X på vårt vedtak» dates the appeal, not the decision reaching its party', () => {
    expect(received('Vi viser til klage mottatt 04.11.2026 på vårt vedtak av 16.10.2026. Vedtaket gjaldt avslag.')).toBeNull();
  });

  it('a date in a relative clause after the decision noun is not the receipt', () => {
    expect(received('Jeg mottok vedtaket, der NAV legger til grunn at skaden oppsto 4. oktober 2024, og klager nå.')).toBeNull();
  });
});

describe('decisionReceivedDate: «we» or the office received it, in every word order', () => {
  // «Vi», «me», «we», «undertegnede» and «oss» are the office only in a letter that shows a representative.
  const LAWYER = 'Advokat Per Hansen\nPå vegne av vår klient Kari Nordmann.\n';
  it.each([
    ['nb, verb noun date', LAWYER + 'Klage på vedtak av 16. april 2026. Vi mottok vedtaket 30. mai 2026.'],
    ['nb, «har mottatt»', LAWYER + 'Klage på vedtak av 16. april 2026. Vi har mottatt vedtaket 30. mai 2026.'],
    ['nb, inverted', LAWYER + 'Klage på vedtak av 16. april 2026. Vedtaket mottok vi 30. mai 2026.'],
    ['nb, inverted, «på kontoret»', LAWYER + 'Klage på vedtak av 16. april 2026. Vedtaket mottok vi på kontoret 30. mai 2026.'],
    ['nb, relative', LAWYER + 'Vedtaket av 16. april 2026, som vi mottok 30. mai 2026, påklages.'],
    ['nb, the office', 'Klage på vedtak av 16. april 2026. Kontoret mottok vedtaket 30. mai 2026.'],
    ['nb, the firm', 'Klage på vedtak av 16. april 2026. Advokatfirmaet fikk vedtaket 30. mai 2026.'],
    ['nb, «undertegnede» for a client', LAWYER + 'Klage på vedtak av 16. april 2026. Undertegnede fikk vedtaket 30. mai 2026.'],
    ['nb, «vi» of a union', 'Fagforbundet klager på vegne av medlemmet. Klage på vedtak av 16. april 2026. Vi mottok vedtaket 30. mai 2026.'],
    ['nb, «vi på kontoret»', 'Klage på vedtak av 16. april 2026. Vi på kontoret mottok vedtaket 30. mai 2026.'],
    ['sv, «vi» with a power of attorney', 'Enligt fullmakt överklagar vi beslutet daterat 16 april 2026. Vi mottog beslutet den 30 maj 2026.'],
    ['nn', LAWYER + 'Klage på vedtaket av 16. april 2026. Me fekk vedtaket 30. mai 2026.'],
    ['sv', LAWYER + 'Överklagande av beslutet daterat 16 april 2026. Vi mottog beslutet den 30 maj 2026.'],
    ['da', LAWYER + 'Klage over afgørelsen af 16. april 2026. Vi modtog afgørelsen den 30. maj 2026.'],
    ['en', LAWYER + 'Appeal against the decision dated 16 April 2026. We received the decision on 30 May 2026.'],
    ['en, the firm', 'Appeal against the decision dated 16 April 2026. Our office received the decision on 30 May 2026.'],
    ['nb, «vi fikk brevet»', LAWYER + 'Klage på vedtak av 16. april 2026. Vi fikk brevet 30. mai 2026.'],
    ['nb, «kom fram til oss»', LAWYER + 'Klage på vedtak av 16. april 2026. Vedtaket kom fram til oss 30. mai 2026.'],
    ['en, «reached us»', LAWYER + 'Appeal against the decision dated 16 April 2026. The decision reached us on 30 May 2026.'],
  ])('none is read (%s)', (_, text) => {
    expect(received(text)).toBeNull();
  });

  it.each([
    ['«vår klient»', 'Klage på vedtak av 16. april 2026. Vår klient mottok vedtaket 20. april 2026.'],
    ['«vår klient», date first', 'Vår klient mottok 20. april 2026 NAVs vedtak datert 16.04.2026.'],
    ['«vi viser til at klienten»', 'Klage på vedtak av 16. april 2026. Vi viser til at klienten mottok vedtaket 20. april 2026.'],
    ['«our client»', 'Appeal against the decision dated 16 April 2026. Our client received the decision on 20 April 2026.'],
  ])('the party named after «we» or «our» is still the receiver (%s)', (_, text) => {
    expect(received(text)).toBe('2026-04-20');
  });
});

describe('decisionReceivedDate: «vi», «me», «we», «undertegnede» in a letter without a representative are the party', () => {
  // Review dates18 H1: a family writing for itself (parents for a child, a couple) received the decision itself.
  const letter = (body: string) => `Klage på vedtaket fra NAV datert 10. februar 2026. ${body} Vi er uenige i vedtaket.`;
  it.each([
    ['nb, parents', 'Vi mottok vedtaket om tannbehandling for sønnen vår 3. mars 2026.'],
    ['nb, inverted', 'Vedtaket om sønnen vår mottok vi 3. mars 2026.'],
    ['nb, relative', 'Vedtaket, som vi mottok 3. mars 2026, gjelder datteren vår.'],
    ['nb, a couple', 'Vi mottok vedtaket om bostøtte 3. mars 2026.'],
    ['nb, date before the noun', 'Vi mottok 3. mars 2026 vedtaket om sønnen vår.'],
    ['nb, «kom fram til oss»', 'Vedtaket om sønnen vår kom fram til oss 3. mars 2026.'],
    ['nb, private «undertegnede»', 'Undertegnede mottok vedtaket 3. mars 2026.'],
    ['nb, private «undertegnede fikk»', 'Undertegnede fikk vedtaket 3. mars 2026.'],
    ['nn', 'Me fekk vedtaket om sonen vår 3. mars 2026.'],
    ['nn, inverted', 'Vedtaket fekk me 3. mars 2026.'],
    ['sv', 'Vi fick beslutet om vår son den 3 mars 2026.'],
    ['sv, mottog', 'Vi mottog beslutet om vår dotter den 3 mars 2026.'],
    ['da', 'Vi modtog afgørelsen om vores søn den 3. marts 2026.'],
    ['da, fik', 'Vi fik afgørelsen vedrørende vores datter den 3. marts 2026.'],
    ['en', 'We received the decision about our son on 3 March 2026.'],
    ['en, «reached us»', 'The decision about our daughter reached us on 3 March 2026.'],
  ])('their receipt is read (%s)', (_, body) => {
    expect(received(letter(body))).toBe('2026-03-03');
  });

  it('a yearless day of a family\'s receipt is read too', () => {
    expect(extractFields(letter('Vi fikk vedtaket om datteren vår 3. mars.'), 'first_instance', { receivedDate: '2026-04-10' }).decisionReceivedDate).toBe('2026-03-03');
  });
});

describe('decisionReceivedDate: a day and month without a year (SPEC "Deadline rules")', () => {
  const receivedOn = (text: string, mail: string) => extractFields(text, 'first_instance', { receivedDate: mail }).decisionReceivedDate;

  // Review dates18 M2: reading none would count the deadline from the decision and mark the appeal missed
  // unseen; a day after the mail came holds the letter for an archivist (decision_date_after_received).
  it.each([
    ['before the decision: the next year is after the mail came', 'Klage på vedtak av 10. mars 2026. Jeg mottok vedtaket 3. mars.', '2026-03-20', '2027-03-03'],
    ['«28. februar» before a decision of 1 March', 'Klage på vedtak av 01.03.2026. Jeg fikk vedtaket 28. februar.', '2026-03-10', '2027-02-28'],
    ['after the mail came, in either year', 'Klage på vedtak av 1. mars 2026. Jeg mottok vedtaket 30. mars.', '2026-03-20', '2026-03-30'],
  ])('when no year fits between the decision and the mail, a day after the mail is read, never none (%s)', (_, text, mail, iso) => {
    expect(receivedOn(text, mail)).toBe(iso);
  });

  it.each([
    ['the decision\'s year', 'Klage på vedtak av 1. mars 2026. Jeg mottok vedtaket 5. mars.', '2026-03-20', '2026-03-05'],
    ['the next year, across new year', 'Klage på vedtak av 20.12.2025. Eg fekk vedtaket 3. januar.', '2026-01-10', '2026-01-03'],
    ['on the mail\'s own day', 'Klage på vedtak av 1. mars 2026. Jeg mottok vedtaket 20. mars.', '2026-03-20', '2026-03-20'],
  ])('the year that falls between the decision and the mail (%s)', (_, text, mail, iso) => {
    expect(receivedOn(text, mail)).toBe(iso);
  });

  it('a full date after the mail came is still read (linking holds it: decision_date_after_received)', () => {
    expect(receivedOn('Klage på vedtak av 1. mars 2026. Jeg mottok vedtaket 30. mars 2026.', '2026-03-20')).toBe('2026-03-30');
  });
});
