import { describe, expect, it } from 'vitest';
import { findDecisionDate, findDecisionReceivedDate, findLetterDate } from '#domain/fields/dates';
import type { DocumentType } from '#schemas/taxonomy';

describe('findDecisionDate: phrases that date a decision', () => {
  it.each([
    // nb
    ['Jeg klager på vedtak datert 12.03.2025.', '2025-03-12'],
    ['Klage på vedtaket av 12. mars 2025', '2025-03-12'],
    ['Jeg viser til vedtak av 12.3.25 om refusjon.', '2025-03-12'],
    ['Klage på vedtak fra NAV 12.03.2025', '2025-03-12'],
    ['klage på vedtak 12.03.2025', '2025-03-12'],
    ['Helfos vedtak datert 12.03.2025 er feil.', '2025-03-12'],
    ['Vedtaket som ble fattet 12.03.2025 bygger på feil faktum.', '2025-03-12'],
    ['Jeg er uenig i avgjørelsen av 12. mars 2025.', '2025-03-12'],
    ['Vedtaksdato: 12.03.2025', '2025-03-12'],
    ['Vi har mottatt din klage på vedtak av 12.03.2025.', '2025-03-12'],
    // nn
    ['Eg klagar på vedtaket dykkar av 12. mars 2025.', '2025-03-12'],
    ['Eg er ueinig i vedtaket frå Helfo datert 12.03.2025', '2025-03-12'],
    // sv
    ['Jag överklagar beslut daterat 2025-03-12.', '2025-03-12'],
    ['Försäkringskassans beslut den 12 mars 2025 är felaktigt.', '2025-03-12'],
    // da
    ['Jeg klager over afgørelsen af 12. marts 2025.', '2025-03-12'],
    ['Afgørelse af 12.03.2025 fra Udbetaling Danmark', '2025-03-12'],
    // en
    ['I appeal against the decision dated 12 March 2025.', '2025-03-12'],
    ['This concerns the decision of 12 March 2025 by Helfo.', '2025-03-12'],
    ['I disagree with your decision of March 12, 2025.', '2025-03-12'],
  ])('%j -> %s', (text, iso) => {
    expect(findDecisionDate(text, 'appeal')).toBe(iso);
  });

  it.each([
    ['line break inside the phrase', 'Jeg klager på vedtak\ndatert 12.03.2025 om stønad.'],
    ['date on its own line after the phrase', 'Jeg klager på vedtaket av\n12.03.2025 fordi det er feil.'],
    ['hyphenation at a line end', 'Jeg klager på ved-\ntaket av 12.03.2025.'],
    ['O for 0 in the year', 'Klage på vedtak datert 12.03.2O25'],
    ['l for 1 in the day', 'Klage på vedtak datert l2.03.2025'],
    ['extra spaces', 'Klage  på  vedtak   datert  12. 03. 2025'],
    ['missing space in a written date', 'Klage på vedtaket av 12.mars 2025'],
    ['capitalised month', 'Klage på vedtaket av 12. Mars 2025. Jeg er uenig.'],
    ['non-breaking spaces', 'Klage på vedtak\u00A0av\u00A012.03.2025'],
  ])('tolerates OCR noise: %s', (_, text) => {
    expect(findDecisionDate(text, 'appeal')).toBe('2025-03-12');
  });
});

describe('findDecisionDate: dates that are not the decision date', () => {
  it.each([
    ['the letter date at the top', 'Oslo, 3. april 2025\n\nKlage på vedtak\n\nJeg er uenig i vedtaket.'],
    ['a Dato: line', 'Klage på vedtak\nDato: 03.04.2025\n\nJeg er uenig.'],
    ['a received stamp', 'Klage på vedtak\nMottatt 20.03.2025\n'],
    ['a received stamp with colon', 'Vedtak\nINNKOMMET: 20.03.2025'],
    ['when the writer received the decision', 'Jeg mottok vedtaket den 5. april 2025.'],
    ['received, nynorsk', 'Eg fekk vedtaket 5. april 2025.'],
    ['received, English', 'I received the decision on 5 April 2025.'],
    ['the decision reaching the writer', 'Vedtaket kom fram til meg 7. april 2025.'],
    ['the appeal date', 'Vedtaket er feil, og klagen ble sendt 20.03.2025.'],
    ['the application date', 'Vedtaket om avslag på søknaden av 01.02.2025 er feil.'],
    ['a law date', 'Vedtak etter folketrygdloven av 28. februar 1997 nr. 19 om refusjon.'],
    ['a section reference with a law date', 'vedtak jf. § 5-22 i lov av 28.02.1997'],
    ['a period end', 'Vedtaket gjelder fra 01.01.2025 til 31.12.2025.'],
    ['an effective date after other words', 'Vedtak om arbeidsavklaringspenger fra 01.04.2025.'],
    ['a deadline', 'Vedtaket kan påklages innen 23.04.2025.'],
    ['a date in a later sentence', 'Jeg er uenig i vedtaket. Jeg var hos legen 12.03.2025.'],
    ['a date after a blank line', 'Jeg er uenig i vedtaket\n\n12.03.2025 var jeg hos legen.'],
    ['a day and month without a year', 'Klage på vedtaket av 12. mars.'],
    ['no decision at all', 'Pasienten ble undersøkt 12.03.2025. Diagnose M54.5.'],
  ])('not %s', (_, text) => {
    expect(findDecisionDate(text, 'appeal')).toBeNull();
  });

  it('ignores dates in a document list but reads the decision date from the prose of a transfer letter', () => {
    const text = [
      'NAV Klageinstans',
      'Oslo, 3. april 2025',
      '',
      'Oversendelse av klagesak',
      '',
      'Vi oversender klage på vedtak av 12.03.2025. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.',
      '',
      'Dokumentliste:',
      '1. Søknad 15.01.2025',
      '2. Vedtak 10.03.2025',
      '3. Klage 20.03.2025',
      '',
      'Med vennlig hilsen',
    ].join('\n');
    expect(findDecisionDate(text, 'case_transfer')).toBe('2025-03-12');
  });

  it('takes no decision date from a document list when the prose states none', () => {
    const text = 'Oversendelse av klagesak\n\nSakens dokumenter:\n1. Vedtak 10.03.2025\n2. Klage 20.03.2025\n\nMed hilsen';
    expect(findDecisionDate(text, 'case_transfer')).toBeNull();
  });

  it('takes no decision date from an unheaded enumerated list of dated documents', () => {
    const text = 'Vi oversender saken.\n1. Vedtak 10.03.2025\n2. Klage 20.03.2025\n3. Legeerklæring 25.03.2025';
    expect(findDecisionDate(text, 'case_transfer')).toBeNull();
  });

  it('takes no decision date from an inline enclosure list', () => {
    expect(findDecisionDate('Vedlegg: vedtak 10.03.2025, legeerklæring 25.03.2025', 'appeal')).toBeNull();
  });

  it('reads the decision date when the writer says both dates', () => {
    const text = 'Jeg mottok vedtaket datert 12.03.2025 først den 5. april 2025.';
    expect(findDecisionDate(text, 'appeal')).toBe('2025-03-12');
  });
});

describe('findDecisionDate: whose decision, by document type', () => {
  const tribunalAppeal = [
    'Anke til Trygderetten',
    '',
    'NAVs vedtak av 12.03.2025 ble påklaget.',
    'Jeg anker Nasjonalt klageorgan for helsetjenesten sitt vedtak av 12.05.2025.',
  ].join('\n');

  it.each<[DocumentType, string]>([
    ['tribunal_appeal', '2025-05-12'],
    ['tribunal_ruling', '2025-05-12'],
    ['appeal', '2025-03-12'],
    ['case_transfer', '2025-03-12'],
  ])('%s -> %s', (type, iso) => {
    expect(findDecisionDate(tribunalAppeal, type)).toBe(iso);
  });

  it.each([
    ['klageinstansens vedtak', 'Anke over klageinstansens vedtak av 12.05.2025.'],
    ['vedtak fra Helseklage', 'Jeg anker vedtak fra Helseklage datert 12.05.2025.'],
    ['klagevedtaket', 'Anken gjelder klagevedtaket av 12.05.2025.'],
    ['an unattributed decision', 'Jeg anker vedtaket av 12.05.2025.'],
    ['nynorsk', 'Eg ankar vedtaket frå klageinstansen av 12. mai 2025.'],
    ['English', 'I appeal the decision of the appeals body dated 12 May 2025.'],
  ])('tribunal appeal: %s', (_, text) => {
    expect(findDecisionDate(text, 'tribunal_appeal')).toBe('2025-05-12');
  });

  it('tribunal ruling: the appeals body decision, not the first instance one', () => {
    const text =
      'Trygderettens kjennelse\n\nSaken gjelder Helfos vedtak av 12.03.2025 og Nasjonalt klageorgan for helsetjenesten sitt vedtak av 12.05.2025.\n\nSlutning: Vedtaket stadfestes.';
    expect(findDecisionDate(text, 'tribunal_ruling')).toBe('2025-05-12');
  });

  it('the nearer owner owns the decision', () => {
    const text = 'Klageinstansen stadfestet NAVs vedtak 12.05.2025.';
    expect(findDecisionDate(text, 'tribunal_appeal')).toBeNull();
    expect(findDecisionDate(text, 'appeal')).toBe('2025-05-12');
    expect(findDecisionDate('NAV Klageinstans sitt vedtak av 12.05.2025', 'tribunal_appeal')).toBe('2025-05-12');
  });

  it('reopening request: the decision named, whoever made it', () => {
    expect(findDecisionDate('Jeg begjærer gjenopptak av Helseklages vedtak av 12.05.2025.', 'reopening_request')).toBe('2025-05-12');
  });

  it('takes the first dated decision when several are named', () => {
    expect(findDecisionDate('Klage på vedtak av 12.03.2025 og vedtak av 01.02.2024.', 'appeal')).toBe('2025-03-12');
  });

  it('tribunal appeal: null when only the first instance decision is dated', () => {
    expect(findDecisionDate('Jeg anker. NAVs vedtak av 12.03.2025 var feil.', 'tribunal_appeal')).toBeNull();
  });

  it('appeal: never the appeals body decision', () => {
    expect(findDecisionDate('Klageinstansens vedtak av 12.05.2025 er ikke kommet.', 'appeal')).toBeNull();
  });

  it.each<DocumentType>(['medical_declaration', 'consent', 'invoice', 'expert_statement'])(
    '%s: null for a loose mention, the date when plainly stated',
    (type) => {
      expect(findDecisionDate('Pasienten er uenig i vedtak 12.03.2025 fra NAV.', type)).toBeNull();
      expect(findDecisionDate('Erklæringen gjelder klage på vedtak datert 12.03.2025.', type)).toBe('2025-03-12');
    },
  );

  it('without a type: the first dated decision', () => {
    expect(findDecisionDate('Klage på vedtak av 12.03.2025.')).toBe('2025-03-12');
    expect(findDecisionDate('Klage på vedtak av 12.03.2025.', null)).toBe('2025-03-12');
  });
});

describe('findDecisionReceivedDate', () => {
  it.each([
    ['Jeg mottok vedtaket den 5. april 2025.', '2025-04-05'],
    ['Jeg mottok vedtaket 05.04.2025 og klager nå.', '2025-04-05'],
    ['Vedtaket ble mottatt 05.04.2025.', '2025-04-05'],
    ['Jeg fikk vedtaket i posten 5. april 2025.', '2025-04-05'],
    ['Jeg mottok vedtaket datert 12.03.2025 først den 5. april 2025.', '2025-04-05'],
    ['Vedtaket av 12.03.2025, som jeg mottok 5. april 2025, er feil.', '2025-04-05'],
    ['Vedtaket kom fram til meg 7. april 2025.', '2025-04-07'],
    ['Eg fekk vedtaket 5. april 2025.', '2025-04-05'],
    ['Jag mottog beslutet den 5 april 2025.', '2025-04-05'],
    ['Jeg modtog afgørelsen den 5. april 2025.', '2025-04-05'],
    ['I received the decision on 5 April 2025.', '2025-04-05'],
    ['I received your decision dated 12 March 2025 on 5 April 2025.', '2025-04-05'],
    ['Jeg mottok\nvedtaket den 5. april 2025.', '2025-04-05'],
    ['Vi viser til NAVs vedtak av 12.03.2025, som du mottok 15.03.2025.', '2025-03-15'],
    ['Vedtaket er datert 12.03.2025, men jeg fikk det først 05.04.2025.', '2025-04-05'],
    ['Beslutet kom fram till mig den 7 april 2025.', '2025-04-07'],
    ['Afgørelsen blev modtaget den 5. april 2025.', '2025-04-05'],
    ['The decision reached me on 7 April 2025.', '2025-04-07'],
  ])('%j -> %s', (text, iso) => {
    expect(findDecisionReceivedDate(text)).toBe(iso);
  });

  it('completes a date without a year from the decision date', () => {
    expect(findDecisionReceivedDate('Klage på vedtak av 12.03.2025. Eg fekk vedtaket 5. april.')).toBe('2025-04-05');
    // received in the next year
    expect(findDecisionReceivedDate('Klage på vedtak av 20.12.2024. Eg fekk vedtaket 3. januar.')).toBe('2025-01-03');
  });

  it('completes a date without a year from the letter date when no decision date is known', () => {
    expect(findDecisionReceivedDate('Bergen, 20. april 2025\n\nEg fekk vedtaket 5. april.')).toBe('2025-04-05');
  });

  it('leaves a date without a year alone when nothing anchors the year', () => {
    expect(findDecisionReceivedDate('Eg fekk vedtaket 5. april.')).toBeNull();
  });

  it.each([
    ['a received stamp', 'Klage på vedtak\nMottatt 20.03.2025'],
    ['the decision date only', 'Jeg mottok vedtaket av 12.03.2025.'],
    ['the decision date only, English', 'I received the decision dated 12 March 2025.'],
    ['received something else', 'Vi har mottatt klage på vedtak 12.03.2025.'],
    ['received an appeal', 'Vi mottok klagen 20.03.2025.'],
    ['the letter date', 'Oslo, 3. april 2025\n\nJeg har mottatt vedtaket.'],
    ['no receipt at all', 'Klage på vedtak datert 12.03.2025.'],
  ])('null for %s', (_, text) => {
    expect(findDecisionReceivedDate(text)).toBeNull();
  });
});

describe('findLetterDate', () => {
  it.each([
    ['Oslo, 3. april 2025\n\nKlage', '2025-04-03'],
    ['Tromsø den 03.04.2025', '2025-04-03'],
    ['Vår dato: 03.04.2025', '2025-04-03'],
    ['Dato: 2025-04-03', '2025-04-03'],
    ['Stockholm 3 april 2025', '2025-04-03'],
  ])('%j -> %s', (text, iso) => {
    expect(findLetterDate(text)).toBe(iso);
  });

  it('is not a decision line', () => {
    expect(findLetterDate('Vedtak 12.03.2025')).toBeNull();
  });
});
