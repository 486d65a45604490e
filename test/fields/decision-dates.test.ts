import { describe, expect, it } from 'vitest';
import { typeRule } from '#domain/config';
import { loadConfig } from '#config/load';
import { findDecisionDate as findDecisionDateOf, findDecisionReceivedDate, findLetterDate } from '#domain/fields/dates';
import type { DocumentType } from '#schemas/taxonomy';

/** The cases name document types; the domain takes whose decision counts from the type's configuration. */
const findDecisionDate = (text: string, type?: DocumentType | null) => findDecisionDateOf(text, type ? typeRule(loadConfig(), type).decisionDateOf : null);

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
    ['Jeg klager på vedtaket fra Nav Bergen, datert 10.9.2026.', '2026-09-10'],
    ['Klage på vedtak, datert 10.9.2026', '2026-09-10'],
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
    // A title's or a saint's full stop before a name ends no sentence (an office's name, a doctor's).
    ['Jag överklagar beslutet från Nav St. Hanshaugen daterat 26.10.2026, som jag fick.', '2026-10-26'],
    ['I appeal the decision of Dr. Hansen dated 26.10.2026.', '2026-10-26'],
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
    // The letter dated in the words that elsewhere date a decision (review s16: a wrong appeal deadline).
    ['a place dated with «datert»', 'Klage på vedtaket\nBergen, datert 29.9.2026\nJeg er uenig.'],
    ['a name dated with «dagsett», nynorsk', 'Klage på vedtaket\nKari Nordmann, dagsett 29.9.2026'],
    ['a place dated with «dateret», Danish', 'Klage over afgørelsen om boligstøtte\nKøbenhavn, dateret 29. september 2026'],
    ['the writer dating the letter', 'Jeg klager på vedtaket som jeg fikk. Dette brevet er datert 29.9.2026.'],
    ['the writer dating the letter, English', 'I appeal the decision. This letter is dated 29 September 2026.'],
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

describe('findDecisionDate: phrases that date a decision without a decision noun before the date', () => {
  it.each<[string, DocumentType, string, string]>([
    // the case decided or closed
    ['nb', 'reopening_request', 'Dere avgjorde saken min 25.06.2024, men jeg har nå fått nye undersøkelser.', '2024-06-25'],
    ['nb', 'reopening_request', 'Saken min ble avsluttet 29.10.24, og siden da har jeg fått ny dokumentasjon.', '2024-10-29'],
    ['nb', 'reopening_request', 'Dere avgjorde saken min om retten til direkte oppgjør den 1. august\n2025.', '2025-08-01'],
    ['nb', 'reopening_request', 'Saken min om arbeidsavklaringspenger ble avgjort den 22.06.2024.', '2024-06-22'],
    ['nn', 'reopening_request', 'De avgjorde saka mi 18.11.2024 og sa nei.', '2024-11-18'],
    ['nn', 'reopening_request', 'Saka mi vart avslutta 18.11.2024.', '2024-11-18'],
    ['sv', 'reopening_request', 'Mitt ärende avgjordes den 18 november 2024.', '2024-11-18'],
    ['sv', 'reopening_request', 'Ärendet avslutades den 18.11.2024 utan att min läkare hördes.', '2024-11-18'],
    ['da', 'reopening_request', 'Sagen blev afgjort den 18.11.2024.', '2024-11-18'],
    ['en', 'reopening_request', 'I ask you to reopen my case, which was decided on 19.06.2024.', '2024-06-19'],
    ['en', 'reopening_request', 'You decided my case on 19/06/2024.', '2024-06-19'],
    // the appeals body's answer
    ['nb', 'tribunal_appeal', 'Jeg har fått svar på klagen min datert 05.03.2025, og vil ikke godta resultatet.', '2025-03-05'],
    ['nb', 'tribunal_appeal', 'Jeg har fått svar på klagen min fra dere av 17.07.2024, men er ikke enig.', '2024-07-17'],
    ['nb', 'tribunal_appeal', 'Jeg har fått svar på klagen min den 17.07.2024, men er ikke enig.', '2024-07-17'],
    ['nb', 'tribunal_appeal', 'Jeg har fått klagevedtak fra dere av 27. .04.2024, og vil ikke godta resultatet.', '2024-04-27'],
    ['nb', 'tribunal_appeal', 'Klageinstansen har avgjort klagen min den 12.05.2025, men jeg er fortsatt uenig.', '2025-05-12'],
    ['nb', 'tribunal_appeal', 'Jeg har fått svar på klagen min datert 11:10.2024, men er ikke enig.', '2024-10-11'],
    ['nn', 'tribunal_appeal', 'Eg har fått svar på klaga mi frå dykk av 17.07.2024.', '2024-07-17'],
    ['sv', 'tribunal_appeal', 'Jag har fått svar på mitt överklagande daterat 2024-07-17.', '2024-07-17'],
    ['da', 'tribunal_appeal', 'Jeg har fået svar på min klage dateret 17.07.2024.', '2024-07-17'],
    ['en', 'tribunal_appeal', 'I have received a reply to my appeal dated 17/07/2024.', '2024-07-17'],
    // the first instance made a decision on a date
    ['nb', 'appeal', 'Helfo traff 30.07.2024 vedtak om avslag på refusjon.', '2024-07-30'],
    ['nb', 'appeal', 'NAV kontor Sagene traff 03.10.2023 vedtak om avslag på søknad.', '2023-10-03'],
    ['nb', 'appeal', 'Helfo traff 14. august 2024 vedtak om avslag.', '2024-08-14'],
    ['nn', 'appeal', 'NAV fatta den 3. oktober 2023 vedtak om stans.', '2023-10-03'],
    ['sv', 'appeal', 'Försäkringskassan fattade den 3 oktober 2023 beslut om avslag.', '2023-10-03'],
    ['da', 'appeal', 'Udbetaling Danmark traf den 03.10.2023 afgørelse om afslag.', '2023-10-03'],
    ['en', 'appeal', 'Helfo issued on 30.07.2024 a decision refusing reimbursement.', '2024-07-30'],
    ['nb', 'tribunal_appeal', 'Klageinstansen traff 12.05.2025 klagevedtak i saken.', '2025-05-12'],
    // a letter that gave the writer an outcome
    ['nb', 'appeal', 'Jeg viser til brevet fra Helfo datert 15.09.2024, hvor jeg fikk avslag på stønad.', '2024-09-15'],
    ['nb', 'appeal', 'Det vises til brevet mitt fra NAV av 4. september 2023, hvor jeg fikk avslag.', '2023-09-04'],
    ['nb', 'appeal', 'Det vises til deres brev av 2023-12-22, hvor det ble gitt delvis avslag.', '2023-12-22'],
    ['nn', 'appeal', 'Eg viser til brevet frå NAV av 4. september 2023, der eg fekk avslag.', '2023-09-04'],
    ['sv', 'appeal', 'Jag hänvisar till brevet från Försäkringskassan daterat 2023-09-04, där jag fick avslag.', '2023-09-04'],
    ['da', 'appeal', 'Jeg henviser til brevet fra Udbetaling Danmark af 04.09.2023, hvor jeg fik afslag.', '2023-09-04'],
    ['en', 'appeal', 'I refer to the letter from NAV dated 04/09/2023, in which I was given a refusal.', '2023-09-04'],
    // the client got their way
    ['nb', 'legal_costs_claim', 'Klageorganet ga min klient medhold 15.01.2025 i saken om refusjon.', '2025-01-15'],
    ['nb', 'legal_costs_claim', 'Saken endte med at klienten fikk medhold i vedtak av\n\n24.05.2024.\n\nVi krever dekning.', '2024-05-24'],
    // numeric dates in the other languages
    ['sv', 'appeal', 'Jag överklagar beslutet daterat 12.03.2025.', '2025-03-12'],
    ['da', 'appeal', 'Jeg henviser til jeres afgørelse af 12.03.2025, hvor jeg fik afslag.', '2025-03-12'],
    ['en', 'appeal', 'I refer to your decision of 12.03.2025, in which I was given a refusal.', '2025-03-12'],
    ['en', 'appeal', 'I appeal against the decision dated 2023- 12- 06 regarding refusal of reimbursement.', '2023-12-06'],
  ])('%s %s: %j -> %s', (_, type, text, iso) => {
    expect(findDecisionDate(text, type)).toBe(iso);
  });

  it.each<[string, DocumentType, string]>([
    ['a benefit period after what the case was about', 'reopening_request', 'Dere avgjorde saken min om stønad fra 01.01.2024.'],
    ['a letter that asked for something', 'appeal', 'Jeg viser til brevet fra Helfo datert 15.09.2024, hvor dere ba om mer dokumentasjon.'],
    ['a referenced letter with no outcome', 'appeal', 'Jeg viser til brevet fra Helfo datert 15.09.2024.'],
    ['a conversation that gave the writer a message', 'appeal', 'Jeg viser til samtalen med dere av 12.03.2025, der jeg fikk beskjed om å vente.'],
    ['the case being sent, not decided', 'reopening_request', 'Saken min ble sendt 12.03.2025.'],
    ['an answer without a date in its clause', 'tribunal_appeal', 'Jeg har fått svar på klagen min. Jeg var hos legen 05.03.2025.'],
    ['the first instance decision in a tribunal appeal', 'tribunal_appeal', 'Helfo traff 30.07.2024 vedtak om avslag. Jeg anker.'],
    ['a date before something other than a decision', 'appeal', 'Helfo traff 30.07.2024 en avtale med sykehuset.'],
    ['a decision in a document list spaced by blank lines', 'reopening_request', 'Jeg ber om at saken gjenopptas.\n\nVEDLEGG\n\n* Spesialisterklæring\n\n+ Vedtak 22.02.2025\n\nMed vennlig hilsen'],
  ])('not %s', (_, type, text) => {
    expect(findDecisionDate(text, type)).toBeNull();
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

  it.each([
    // "the letter" reaching the writer, in a letter about a decision
    ['nb', 'Klage på vedtaket av 09.05.2024.\n\nBrevet nådde meg 20.5.24, så jeg er innenfor fristen.', '2024-05-20'],
    ['nb (OCR å)', 'Klage på vedtaket av 09.05.2024. Brevet nadde meg 20.5.24.', '2024-05-20'],
    ['nb', 'Jeg har fått klagevedtak fra dere av 24.02.2025. Brevet kom 02.03.2025.', '2025-03-02'],
    ['nb', 'Jeg har fått svar på klagen min fra dere av 24. august 2024.\n\nBrevet kom 27.08.2024.', '2024-08-27'],
    ['nb', 'Dette vedtaket er jeg ikke enig i.\n\nJeg fikk brevet 18.9.23, så jeg er innenfor fristen.', '2023-09-18'],
    ['nb', 'Jeg anker klagevedtaket av 28.04.2025. Klagevedtaket kom 5. mai 2025.', '2025-05-05'],
    ['nn', 'Eg klagar på vedtaket av 09.05.2024. Eg fekk brevet 20.05.2024.', '2024-05-20'],
    ['nn', 'Eg klagar på vedtaket av 09.05.2024. Brevet kom fram til meg 20.05.2024.', '2024-05-20'],
    ['sv', 'Jag överklagar beslutet av 2024-05-09. Jag fick brevet den 20 maj 2024.', '2024-05-20'],
    ['sv', 'Jag överklagar beslutet av 2024-05-09. Brevet nådde mig den 20 maj 2024.', '2024-05-20'],
    ['da', 'Jeg klager over afgørelsen af 09.05.2024. Jeg fik brevet den 20.05.2024.', '2024-05-20'],
    ['da', 'Jeg klager over afgørelsen af 09.05.2024. Brevet nåede mig 20.05.2024.', '2024-05-20'],
    ['en', 'I appeal against the decision dated 09/05/2024.\n\nThe letter reached me on 20 May 2024.', '2024-05-20'],
    // The writer stressing that it came late (QA s14 f A17: routed with the deadline counted from the decision's date)
    ['nb', 'Jeg vil klage på brevet dere sendte datert 30.10.2026. Jeg fikk brevet først 4.11.2026, fordi jeg var bortreist.', '2026-11-04'],
    ['nb', 'Jeg klager på vedtaket datert 30.10.2026. Brevet kom først 04.11.2026.', '2026-11-04'],
    ['nn', 'Eg klagar på vedtaket av 30.10.2026. Eg fekk brevet fyrst 4.11.2026.', '2026-11-04'],
    ['sv', 'Jag överklagar beslutet av 2026-10-30. Jag fick brevet först den 4 november 2026.', '2026-11-04'],
    ['en', 'I appeal against the decision dated 09/05/2024.\n\nThe letter arrived on 20 May 2024.', '2024-05-20'],
    ['en', 'I appeal against the decision dated 09/05/2024. I received the letter on 20 May 2024.', '2024-05-20'],
    // the date in brackets after the noun is the decision's
    ['nb', 'Jeg fikk melding (vedtak 20.01.2025) den 24.01.2025.', '2025-01-24'],
  ])('%s: %j -> %s', (_, text, iso) => {
    expect(findDecisionReceivedDate(text)).toBe(iso);
  });

  it.each([
    ['a letter in a document about no decision', 'Jeg har spørsmål om timen min.\n\nBrevet kom 02.03.2025.'],
    ['getting one\'s way in a decision', 'Jeg fikk medhold i vedtaket 18.08.2024.'],
    ['only the decision date in brackets', 'Jeg fikk melding (vedtak 20.01.2025).'],
    ['the writer\'s own letter being sent', 'Klage på vedtaket av 09.05.2024. Jeg sendte brevet 20.05.2024.'],
    ['a received stamp', 'Klage på vedtaket av 09.05.2024.\nMottatt: 20.05.2024'],
  ])('null for %s', (_, text) => {
    expect(findDecisionReceivedDate(text)).toBeNull();
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

describe('findDecisionDate: the decision letter as lay writers name it, «brevet … datert» (QA s14 f MEDIUM-1)', () => {
  it.each([
    ['Jeg vil klage på brevet dere sendte datert 30.10.2026 om tannlegeregningen min.', '2026-10-30'],
    ['Jeg klager på brevet som dere sendte meg datert 30.10.2026.', '2026-10-30'],
    ['Jeg har fått brev om at AAP-en min ble stoppet. Brevet er datert 03.11.2026. Jeg klager på det.', '2026-11-03'],
    ['jeg klager på vedtaket fra nav om pengene. fikk brev datert 15.10.26 at jeg ikke får noe', '2026-10-15'],
    ['Jeg fikk et brev fra dere datert 15. oktober 2026 om at stønaden stanses. Det er feil.', '2026-10-15'],
    // nn
    ['Eg klagar på brevet de sende meg dagsett 30.10.2026 om fysioterapi.', '2026-10-30'],
    ['Eg fekk brev dagsett 2. november 2026 om at AAP vert stansa. Eg klagar.', '2026-11-02'],
    // sv
    ['Jag överklagar brevet ni skickade daterat 2026-10-30 om sjukpenning.', '2026-10-30'],
    ['Jag fick ett brev daterat 30 oktober 2026 om att ersättningen stoppas. Jag överklagar.', '2026-10-30'],
    // da
    ['Jeg klager over brevet I sendte dateret 30.10.2026 om fysioterapi.', '2026-10-30'],
    ['Jeg fik et brev dateret 30. oktober 2026 om tilskuddet. Brevet er forkert, og jeg klager.', '2026-10-30'],
    // en
    ['I appeal the letter you sent me dated 30 October 2026 about my sick pay.', '2026-10-30'],
    ['I received a letter dated 30 October 2026 stopping my benefit. I appeal.', '2026-10-30'],
    ['I want to appeal. The letter is dated 30.10.2026.', '2026-10-30'],
  ])('%j -> %s', (text, iso) => {
    expect(findDecisionDate(text, 'appeal')).toBe(iso);
  });

  it.each([
    // The letter's own date line, and nothing that dates the decision.
    'Oslo, 23.11.2026\n\nJeg klager på brevet dere sendte om AAP. Jeg er uenig.',
    'Lillehammer 19.11.2026\n\nJeg fikk brev om at stønaden stanses, og jeg klager på det.',
    // The GP's or the hospital's letter, not the decision.
    'Jeg legger ved erklæring fra fastlegen. Brevet er datert 12.11.2026. Jeg klager på avslaget.',
    'Jeg fikk brev fra legen datert 12.11.2026 om ryggen. Jeg klager på avslaget.',
    'Eg legg ved epikrisa frå sjukehuset. Brevet er datert 12.11.2026.',
    'I enclose my GP\'s statement. The letter is dated 12.11.2026. I appeal the refusal.',
  ])('no decision date from %j', (text) => {
    expect(findDecisionDate(text, 'appeal')).toBeNull();
  });

  it('a document about no decision never takes «Brevet er datert» as one', () => {
    expect(findDecisionDate('Legeerklæring for Ola Nordmann. Brevet er datert 12.11.2026.', 'medical_declaration')).toBeNull();
    expect(findDecisionDate('Pasienten fikk brev datert 01.10.2026 og er bekymret.', 'medical_declaration')).toBeNull();
  });
});
