import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { linkThreshold } from '../../domain/config.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { matchHardCues } from '../../domain/classify/rules.ts';

/**
 * Review of issue 13: "på oppdrag fra" / "commissioned by" is an expert statement's cue only when the
 * appeals body commissioned it and the letter speaks of an expert. A lawyer or a union writes on the
 * client's or member's commission, a GP's declaration on Nav's; read as an expert statement, such a
 * letter closes the case's open expert_statement deadline. Synthetic letters, written for this test.
 */
const config = loadConfig();
const expertCue = (text: string) => matchHardCues(text).some((c) => c.type === 'expert_statement');

const lawyer = `Advokatfirmaet Lund AS
Postboks 12 Sentrum, 0101 Oslo

Til klageorganet
Deres ref. 2025/00001

Vi skriver på oppdrag fra Kari Nordmann. Vi har innhentet en sakkyndig erklæring fra psykiater Hansen,
som vil bli ettersendt så snart den foreligger. Vi ber om at saken ikke avgjøres før den
sakkyndige erklæringen er mottatt.

Med vennlig hilsen
Ole Lund
advokat`;

const lawyerForAppealsBody = `Advokatfirmaet Lund AS

Til Nav Klageinstans

Undertegnede er engasjert på oppdrag fra vår klient Kari Nordmann. Klageinstansen har bedt om en
sakkyndig vurdering; vi ber om kopi av mandatet som er gitt den sakkyndige, på oppdrag fra klageinstansen.

Med vennlig hilsen
Ole Lund, advokat`;

const union = `Fagforbundet avd. 12

Nav klageinstans

Vedtak av 12.03.2025 – sykepenger

Vi skriver på oppdrag fra vårt medlem Kari Nordmann. Hun er uenig i vedtaket, og vi viser til den
sakkyndige uttalelsen hun har fått fra sin spesialist. Klagefristen er overholdt.

Med hilsen
Per Hansen, forbundssekretær`;

const solicitor = `Smith & Co Solicitors

To the appeals body
Your ref. 2025/00001

We act for Mr John Smith and have been commissioned by him to obtain an independent expert report.
The report will follow within four weeks. Please do not decide the case before then.

Yours faithfully
Smith & Co`;

const solicitorNamingTheBody = `Smith & Co Solicitors

To the appeals body

On behalf of my client we note that the expert report was commissioned by the appeals body without
asking him. We ask for a copy of the terms given to the expert.

Yours faithfully
Jane Smith, solicitor`;

const gpForNav = `Kongsberg legesenter
Lege Ingrid Berg

LEGEERKLÆRING

Pasient: Kari Nordmann, f. 12838510068
Erklæringen er skrevet på oppdrag fra Nav.
Diagnose: L03 Korsryggsmerter. Pasienten er arbeidsufør.
Funksjonsevnen er nedsatt.

Ingrid Berg
lege`;

describe("the expert statement's commission cue (review of issue 13)", () => {
  it.each([
    ["a lawyer's letter promising an expert statement", lawyer],
    ["a lawyer's letter that names the appeals body's commission", lawyerForAppealsBody],
    ["a union's appeal for its member", union],
    ["an English solicitor's letter", solicitor],
    ["an English solicitor's letter that names the appeals body", solicitorNamingTheBody],
    ['a GP\'s declaration written "på oppdrag fra Nav"', gpForNav],
  ])('does not fire on %s', (_, text) => {
    expect(expertCue(text)).toBe(false);
  });

  it("does not route a lawyer's letter as an expert statement (it would close the expert deadline)", () => {
    const c = classifyDocument(lawyer, config);
    expect(c.detail.hardCues.some((label) => label.includes('commission'))).toBe(false);
    expect(c.documentType === 'expert_statement' && c.typeConfidence >= linkThreshold(config, 'mustLink')).toBe(false);
  });

  it('does not read the union\'s or the solicitor\'s letter as an expert statement', () => {
    for (const text of [union, solicitor]) expect(classifyDocument(text, config).documentType).not.toBe('expert_statement');
  });

  it.each([
    ['nb', 'Sakkyndig uttalelse\n\nPå oppdrag fra klageinstansen har jeg vurdert om arbeidsevnen er varig nedsatt.'],
    ['nn', 'Fråsegn\n\nEg har, på oppdrag frå Nasjonalt klageorgan for helsetenesta, som sakkyndig vurdert saka.'],
    ['sv', 'Utlåtande\n\nPå uppdrag av klageinstansen har jag som sakkunnig bedömt arbetsförmågan.'],
    ['da', 'Erklæring\n\nPå opdrag fra klageorganet har jeg som sagkyndig vurderet erhvervsevnen.'],
    ['en', 'Report\n\nThis expert report was commissioned by the appeals body.'],
    ['Nav Klageinstans', 'Uttalelse\n\nPå oppdrag fra Nav Klageinstans gir jeg som sakkyndig lege denne vurderingen.'],
  ])("fires on the appeals body's commission of an expert (%s)", (_, text) => {
    expect(expertCue(text)).toBe(true);
  });

  it("needs an expert's word beside the commission", () => {
    expect(expertCue('Uttalelse\n\nPå oppdrag fra klageinstansen gir jeg som fastlege opplysninger om pasienten.')).toBe(false);
  });

  it('a mandate label counts, but not in a letter that gives a power of attorney', () => {
    expect(expertCue('Erklæring\n\nMandat: Jeg er bedt om å vurdere erhvervsevnen.')).toBe(true);
    expect(expertCue('Klage på vedtak\n\nJeg klager på vedtaket om arbeidsavklaringspenger.\nMandat:\nJeg har gitt min datter fullmakt til å føre saken.')).toBe(false);
  });
});

/**
 * QA s10 fix review: the representative exclusion was read with its letters widened, so "vår" read
 * "var" and "vårt" read "vart" — an expert writing "Pasienten var medlem" lost both expert cues.
 */
describe('the representative exclusion reads only spellings that cannot be another word', () => {
  const statement = (sentence: string) => `SAKKYNDIG ERKLÆRING
Mandat: Vurder om arbeidsevnen er varig nedsatt.
På oppdrag fra klageinstansen har jeg som sakkyndig vurdert saken.
${sentence}
Med vennlig hilsen
Lege Hansen, sakkyndig`;
  const expertCues = (text: string) => matchHardCues(text).filter((c) => c.type === 'expert_statement' && !c.heading).map((c) => c.label);

  it.each(['Pasienten var medlem av folketrygden i hele perioden.', 'Klienten var i arbeid til 2021, og han vart medlem av forbundet seinare.'])('keeps the mandate and the commission cue beside "%s"', (sentence) => {
    expect(expertCues(statement(sentence))).toEqual([
      'a mandate ("Mandat:")',
      'the appeals body\'s commission ("på oppdrag fra klageinstansen") and "sakkyndig"',
    ]);
  });

  it.each(['Vi skriver på vegne av vår klient.', 'Vi skriver paa vegne av vaar klient.', 'Vi skriver for VAAR MEDLEM.'])('still drops both for a representative: "%s"', (sentence) => {
    expect(expertCues(statement(sentence))).toEqual([]);
  });
});
