import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { givesTheCase } from '../../domain/parties/helper-handles-case.ts';

/**
 * Session 24: issue #16's gaps 1–4, in letters of the test's own (never the slice's): a helper given the case by the next
 * sentence, another party's labelled address, a transfer's «Prosessfullmektig:», «vi bor sammen i …».
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const ownHead = { name: 'Reidun Sand', address: ['Furuveien 9', '2408 Elverum'] };
const byWriter = (sentence: string) => ['Reidun Sand', 'Furuveien 9', '2408 Elverum', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om hjelpestønad.', sentence, '', 'Med vennlig hilsen', 'Reidun Sand'];

describe('a helper given the case by the next sentence represents (gap 1; main: no representative)', () => {
  const handled: [string, string][] = [
    ['Min datter Tone Sand skriver for meg. Hun ordner klagen.', 'Tone Sand'],
    ['Dotter mi Tone Sand hjelper meg. Ho følgjer opp klaga.', 'Tone Sand'],
    ['Min son Pål Sand hjälper mig. Han sköter överklagandet.', 'Pål Sand'],
    ['Min søn Pål Sand hjælper mig. Han tager sig af sagen.', 'Pål Sand'],
    ['My daughter Tone Sand is helping me. She deals with the appeal from now on.', 'Tone Sand'],
    ['Sønnen min Pål Sand har skrevet brevet for meg.\nHan følger opp saken med dere.', 'Pål Sand'],
  ];
  for (const [sentence, helper] of handled) {
    it(sentence, () => {
      expect(role(byWriter(sentence), 'appellant')).toMatchObject(ownHead);
      expect(role(byWriter(sentence), 'representative')).toMatchObject({ name: helper, address: [] });
    });
  }
  // The same words that give no case: another errand, a past act, a denial, the helper's own case, no helping sentence before.
  const not = [
    'Min datter Tone Sand skriver for meg. Hun ordner banken for meg.',
    'Min datter Tone Sand skrev for meg i fjor. Hun leverte klagen.',
    'Min datter Tone Sand skriver for meg. Hun ordner ikke klagen, det gjør jeg.',
    'Dotter mi Tone Sand skriv for meg. Ho ordnar handlinga kvar veke.',
    'Min datter Tone Sand skriver for meg. Hun følger opp saken selv.',
    'Min datter Tone Sand bor i Bergen. Hun følger opp saken.',
    // Review: the helper's own case beside an owner's word; a helping verb that is not the helper's, or not for the writer.
    'Min datter Tone Sand hjelper meg. Hun tar seg av saka si også.',
    'My daughter Tone Sand is helping me. She deals with her own appeal.',
    'Min datter Tone Sand har fått hjelp av meg. Hun ordner klagen.',
    'Min datter Tone Sand hjelper naboen. Hun ordner klagen.',
  ];
  for (const sentence of not) {
    it(`guard: ${sentence}`, () => {
      expect(role(byWriter(sentence), 'appellant')).toMatchObject(ownHead);
      expect(role(byWriter(sentence), 'representative')).toBeUndefined();
    });
  }
  it('reads the kind of sentence, not a phrase list', () => {
    expect(givesTheCase('Hun håndterer klagesaken for meg')).toBe(true);
    expect(givesTheCase('He is handling my appeal')).toBe(true);
    expect(givesTheCase('Hun kan ringe dere om posten')).toBe(false);
    expect(givesTheCase('Han leverte også klagen')).toBe(false);
  });
  it('another person’s case after the case word is not the writer’s (second review)', () => {
    for (const mine of ['Hun ordner også klagen min', 'Han ordner klagen for meg', 'Hun skal også føre klagen til Nav for meg', 'He handles the appeal for me too', 'Han følger opp vedtaket av 3. mars', 'Hun tar seg av klagen for min del']) {
      expect(givesTheCase(mine), mine).toBe(true);
    }
    for (const theirs of ['Han ordner også klagen til fru Hansen', 'Han ordner også klagen til kona mi, Berit Nilsen', 'He also handles the appeal for my wife', 'Hon sköter överklagandet åt grannen', 'Han tager sig af klagen for min bror']) {
      expect(givesTheCase(theirs), theirs).toBe(false);
    }
  });
});

describe('another party’s labelled address is never the appellant’s (gap 2; main: the employer’s address was hers)', () => {
  const appeal = ['', 'Jeg klager på vedtaket om sykepenger.', '', 'Med hilsen', 'Vigdis Rønning'];
  const cases: [string, string[], string[]][] = [
    ['Arbeidsgiver', ['Klager: Vigdis Rønning', 'Arbeidsgiver: Rønning Transport AS', 'Adresse: Havneveien 2, 3050 Mjøndalen'], []],
    ['Behandler', ['Klager: Vigdis Rønning', 'Behandler: Fysioterapeut Nord', 'Adresse: Torget 3, 8006 Bodø'], []],
    ['Arbetsgivare', ['Klagande: Vigdis Rønning', 'Arbetsgivare: Åkeri AB', 'Adress: Hamngatan 2, 602 23 Norrköping, Sverige'], []],
    ['Employer above', ['Employer: Coast Fish AS', 'Address: Kaia 5, 9008 Tromsø', '', 'Appellant: Vigdis Rønning', 'Address: Storgata 8, 9008 Tromsø'], ['Storgata 8', '9008 Tromsø']],
    ['Fastlege below her own', ['Klager: Vigdis Rønning', 'Adresse: Storgata 8, 9008 Tromsø', 'Fastlege: Kari Lind', 'Adresse: Torget 1, 9008 Tromsø'], ['Storgata 8', '9008 Tromsø']],
  ];
  for (const [label, lines, address] of cases) {
    it(label, () => {
      expect(role([...HEAD, 'Klage', '', ...lines, ...appeal], 'appellant')).toMatchObject({ name: 'Vigdis Rønning', address });
    });
  }
});

describe('a transfer’s «Prosessfullmektig:» names the appellant’s lawyer (gap 3; main: ignored)', () => {
  const unit = ['NAV Klageinstans Nord', 'Postboks 3', '8002 Bodø', '', ...HEAD];
  const close = ['', 'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket. Saken oversendes.', '', 'Med hilsen', 'Hege Pettersen', 'saksbehandler'];
  const lawyer = 'Prosessfullmektig: advokat Sindre Holm, Holm Advokat AS, Kongens gate 9, 7011 Trondheim';
  it('after the case worker’s line', () => {
    const text = [...unit, 'Oversendelse av klagesak', '', 'Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', 'Saksbehandler: Hege Pettersen', lawyer, ...close];
    expect(role(text, 'representative')).toMatchObject({ name: 'Sindre Holm', firm: 'Holm Advokat AS', address: ['Kongens gate 9', '7011 Trondheim'] });
  });
  it('guard: beside a counterparty, or a public body’s lawyer', () => {
    const anke = [...unit, 'Oversendelse av anke', '', 'Ankende part: Vigdis Rønning, Storgata 8, 9008 Tromsø', '', 'Ankemotpart: NAV', 'Prosessfullmektig: advokat Sindre Holm, Holm Advokat AS, Kongens gate 9, 7011 Trondheim', ...close];
    expect(role(anke, 'representative')).toBeUndefined();
    const own = [...unit, 'Oversendelse av klagesak', '', 'Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', 'Saksbehandler: Hege Pettersen', 'Prosessfullmektig: advokat Sindre Holm, Kommuneadvokaten i Bodø', ...close];
    expect(role(own, 'representative')).toBeUndefined();
  });
  // Review: the line or the letter says the lawyer is another side's — an insurer's, an employer's, a directorate's.
  const sides: [string, string[]][] = [
    ['for someone', ['Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', `${lawyer} (for forsikringsselskapet)`]],
    ['an employer’s line', ['Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', 'Arbeidsgiver: Rønning Transport AS', lawyer]],
    ['an insurer’s line', ['Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', 'Forsikring: Nord Forsikring ASA', lawyer]],
    ['motpart in a sentence', ['Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', 'Saksbehandler: Hege Pettersen', 'Nav er motpart i saken.', lawyer]],
    ['a directorate', ['Klager: Vigdis Rønning, Storgata 8, 9008 Tromsø', 'Saksbehandler: Hege Pettersen', 'Prosessfullmektig: advokat Sindre Holm, Helsedirektoratet, juridisk avdeling']],
  ];
  for (const [label, lines] of sides) {
    it(`guard: ${label}`, () => {
      expect(role([...unit, 'Oversendelse av klagesak', '', ...lines, ...close], 'representative')).toBeUndefined();
    });
  }
});

describe('«vi bor sammen i …» gives the appellant the shared home (gap 4; main: held without an address)', () => {
  const home = ['Tollbodgata 4', '4611 Kristiansand S'];
  const writes = (lines: string[]) => [...HEAD, 'Klage', '', 'Jeg skriver på vegne av min far, Arvid Sand, som har gitt meg fullmakt.', ...lines, '', 'Med vennlig hilsen', 'Reidun Sand'];
  for (const sentence of ['Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.', 'Vi bor begge i Tollbodgata 4, 4611 Kristiansand S.', 'We live together at Tollbodgata 4, 4611 Kristiansand S.',
    // The pair is the appellant («Arvid og jeg»), or «og i» is no «I».
    'Arvid og jeg har bodd her lenge. Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.', 'Han trengte hjelp før og i dag. Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.']) {
    it(sentence, () => {
      expect(role(writes([sentence]), 'appellant')).toMatchObject({ name: 'Arvid Sand', address: home });
      expect(role(writes([sentence]), 'representative')).toMatchObject({ name: 'Reidun Sand', address: home });
    });
  }
  for (const sentence of [
    // Review: a home to come, the writer's own pair, the appellant in a care home.
    'Vi skal bo sammen i Tollbodgata 4, 4611 Kristiansand S.',
    'We will live together at Tollbodgata 4, 4611 Kristiansand S.',
    'Samboeren min og jeg har plass til ham. Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.',
    // Second review: the writer paired with anyone else before the «vi».
    'Datteren min og jeg flyttet i fjor. Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.',
    'I fjor flyttet jeg og sønnen min. Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.',
    'Han er på sykehjem i ukedagene. Vi bor sammen i Tollbodgata 4, 4611 Kristiansand S.',
    'Vi bodde sammen i Tollbodgata 4, 4611 Kristiansand S før han flyttet.', 'Vi bor ikke sammen i Tollbodgata 4, 4611 Kristiansand S lenger.', 'Vi bor sammen, og han trenger hjelp.']) {
    it(`guard: ${sentence}`, () => {
      expect(role(writes([sentence]), 'appellant')).toMatchObject({ name: 'Arvid Sand', address: [] });
    });
  }
});
