import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { asksAboutEarlierAppeal, keepsItsType } from '../../corpus/earlier-appeal-dev.ts';
import { deadlineInterruptionSignal, readWritersAppeal, tellsOnlyOfEarlierAppeal } from '../../domain/classify/deadline-interrupting.ts';
import { headedAsAppeal } from '../../domain/classify/earlier-appeal.ts';
import { routedAt } from '../../domain/classify/evaluate.ts';
import { classifyDocument } from '../../domain/classify/index.ts';

// Letters about an appeal sent earlier (session 22, earlier22): the slice in corpus/earlier-appeal-dev.ts. Synthetic
// ids only (birth month + 80).

const config = loadConfig();
const thresholds = config.linkThresholds ?? { newCase: config.reviewThreshold, mustLink: config.reviewThreshold };
const APPEAL_TYPES = ['appeal', 'appeal_deadline_interrupting'];
const routed = (text: string) => {
  const c = classifyDocument(text, config);
  return { c, routed: routedAt(c, config, thresholds).routed };
};
const byId = (id: string) => [...asksAboutEarlierAppeal, ...keepsItsType].find((l) => l.id === id)!.text;
const HOLD = 'rule:refers to an appeal sent earlier, lodges none';

describe('a letter that tells of an appeal sent earlier and only asks or informs', () => {
  it.each(asksAboutEarlierAppeal.map((l) => [l.id, l.text]))('%s: is never routed as an appeal or a deadline-interrupting appeal', (_id, text) => {
    const { c, routed: through } = routed(text);
    expect(APPEAL_TYPES.includes(c.documentType) && through).toBe(false);
  });

  it.each(asksAboutEarlierAppeal.map((l) => [l.id, l.text]))('%s: gets no deadline-interrupting cue, whatever it says of the grounds', (_id, text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
  });

  it('the five main routed as an appeal type are held, and say why (e10 sv, e14 en, e16 and e18 nb, e24 nb)', () => {
    for (const id of ['e10', 'e14', 'e16', 'e18', 'e24']) {
      const { c, routed: through } = routed(byId(id));
      expect(through, id).toBe(false);
      expect(c.explanation.map((e) => e.feature), id).toContain(HOLD);
    }
  });

  it('a stated promise about the earlier appeal is no cue: «Begrunnelsen kommer så snart legen har skrevet» (e24), «foreløpig klage» told (e16)', () => {
    expect(readWritersAppeal(byId('e24')).earlierAppealOnly).toBe(true);
    expect(readWritersAppeal(byId('e16')).earlierAppealOnly).toBe(true);
    // The same words in a letter that lodges now are a deadline-interrupting appeal.
    expect(deadlineInterruptionSignal('Jeg klager på vedtaket om sykepenger av 2.11.2026. Jeg har ikke fått skrevet begrunnelsen ennå, men den kommer så snart legen har skrevet en erklæring.')).not.toBeNull();
  });

  it('a promise only asked about the earlier appeal stays an asks-to-send-later reading (QA s21 C05 shape)', () => {
    const reading = readWritersAppeal(byId('e01'));
    expect(reading.interruption).toBeNull();
    expect(reading.asksToSendLater).toBe(true);
    expect(reading.earlierAppealOnly).toBe(true);
  });

  it('moves no weight: correspondence read as such is routed as before (e02, e03, e05, e21, e22)', () => {
    for (const id of ['e02', 'e03', 'e05', 'e21', 'e22']) {
      const { c, routed: through } = routed(byId(id));
      expect(c.documentType, id).toBe('correspondence');
      expect(through, id).toBe(true);
    }
  });

  it.each([
    ['nb past', 'Jeg sendte en klage på vedtaket om sykepenger for to uker siden. Har dere fått den?'],
    ['nb perfect', 'Jeg har allerede klaget på vedtaket. Hva skjer nå?'],
    ['nb reference', 'Viser til min klage av 12.10.2026. Jeg lurer på når saken blir behandlet.'],
    ['nn', 'Eg sende ei klage på vedtaket i haust. Kva skjer no?'],
    ['nn reference', 'Viser til klaga mi av 1.10.2026. Eg har ny adresse.'],
    ['sv', 'Jag skickade in mitt överklagande i oktober. Har ni fått det?'],
    ['sv perfect', 'Jag har redan överklagat beslutet. Vad händer nu?'],
    ['da', 'Jeg har sendt min klage over afgørelsen. Hvornår får jeg svar?'],
    ['en', 'I have already appealed the decision. When will I hear from you?'],
    ['en reference', 'I refer to my appeal of 12 October 2026. My phone number has changed.'],
  ])('%s: reads as telling only of an earlier appeal', (_id, text) => {
    expect(tellsOnlyOfEarlierAppeal(text)).toBe(true);
  });
});

describe('letters that tell of an earlier appeal but lodge or bring grounds keep what SPEC says', () => {
  it.each(['k01', 'k05', 'k06', 'k07'])('%s: grounds for the appeal sent earlier are the appeal that closes `grounds`, routed', (id) => {
    const reading = readWritersAppeal(byId(id));
    expect(reading.deliversGrounds).toBe(true);
    expect(reading.earlierAppealOnly).toBe(false);
    const { c, routed: through } = routed(byId(id));
    expect(c.documentType).toBe('appeal');
    expect(through).toBe(true);
  });

  it.each(['k02', 'k04', 'k08', 'k09', 'k12', 'k15', 'k16'])('%s: an appeal lodged now beside an earlier one keeps its deadline-interrupting cue', (id) => {
    expect(readWritersAppeal(byId(id)).earlierAppealOnly).toBe(false);
    expect(deadlineInterruptionSignal(byId(id))).not.toBeNull();
    expect(classifyDocument(byId(id), config).documentType).toBe('appeal_deadline_interrupting');
  });

  it.each(['k10', 'k11'])('%s: an ordinary appeal that mentions papers sent before is routed as an appeal', (id) => {
    expect(readWritersAppeal(byId(id)).earlierAppealOnly).toBe(false);
    const { c, routed: through } = routed(byId(id));
    expect(c.documentType).toBe('appeal');
    expect(through).toBe(true);
  });

  it.each([
    ['the clarification «Det jeg sendte er en klage på …» (generated training letters)', 'Beklager at det var uklart. Det jeg sendte er en klage på vedtaket fra NAV av 02.11.2024 om sykepenger.'],
    ['a wish to appeal beside an earlier appeal', 'Jeg har fått vedtaket om uføretrygd datert 1.11.2026 og ønsker å klage. Jeg har tidligere sendt klage på et vedtak om AAP, men dette gjelder uføretrygden.'],
    ['a heading naming the letter an appeal', 'Klage på vedtak\n\nJeg sendte klage i mars, men den kom visst ikke fram. Vedtaket av 2.3.2026 om sykepenger er feil.'],
    ['the lodging read by lodged-appeal.ts', 'Jeg klaget i oktober, men klagen var uklar. Jeg klager derfor på nytt på vedtaket av 2.10.2026 om sykepenger.'],
    ['en, lodged again', 'I appealed once before, in 2024. I now appeal the decision of 3 November 2026.'],
  ])('%s: lodges now', (_id, text) => {
    expect(tellsOnlyOfEarlierAppeal(text)).toBe(false);
  });
});

describe('sv «kommer att skicka»: a promise of the grounds like «sender mer»', () => {
  it.each(['k03', 'k14'])('%s: «Jag kommer att skicka …» is read as sending more later, and routed deadline-interrupting', (id) => {
    expect(deadlineInterruptionSignal(byId(id))?.cues).toContain('sends more later');
    expect(classifyDocument(byId(id), config).documentType).toBe('appeal_deadline_interrupting');
  });

  it('a question or a request to the agency is no promise', () => {
    expect(deadlineInterruptionSignal('Jag överklagar beslutet av den 3 november 2026. Ska jag skicka min motivering senare?')).toBeNull();
    expect(deadlineInterruptionSignal('Jag överklagar beslutet av den 3 november 2026. Jag ber er skicka mer information om beslutet.')?.cues ?? []).not.toContain('sends more later');
  });
});

// Review of earlier22 (probe letters in the review's sets 2, 3 and 5): the «skicka» promise is the writer's own, the
// heading is read past a letterhead, and the Danish/Norwegian «indsendt/innsendt» tells of an appeal sent.
const SV_APPEAL = 'Till Försäkringskassan\n\nJag överklagar ert beslut av den 3 november 2026 om sjukpenning. Beslutet är fel eftersom min läkare har intygat att jag inte kan arbeta heltid.';
const SV_CLOSE = '\n\nMed vänlig hälsning\nMaria Svensson';

describe('sv «skicka»: only the writer\'s own «jag/vi kommer att / ska / skall skicka» is a promise', () => {
  it.each([
    ['c1 a wish that the agency send', `${SV_APPEAL} Jag vill att ni ska skicka mer information om hur beslutet fattades.${SV_CLOSE}`],
    ['c4 a demand that the agency send', `${SV_APPEAL} Ni ska skicka beslutet på nytt med fullständig motivering.${SV_CLOSE}`],
    ['c8 a passive «ska skickas till mig»', `${SV_APPEAL} Ett nytt beslut ska skickas till mig med motivering.${SV_CLOSE}`],
    ['c9 a passive «skickas till mig, med motivering»', `${SV_APPEAL} Jag vill att alla handlingar i ärendet skickas till mig, med motivering för beslutet.${SV_CLOSE}`],
    ['c12 «Ni skall skicka mig»', `${SV_APPEAL} Ni skall skicka mig hela utredningen och mer information.${SV_CLOSE}`],
  ])('%s: an ordinary appeal, no cue, never routed deadline-interrupting', (_id, text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
    const { c, routed: through } = routed(text);
    expect(c.documentType === 'appeal_deadline_interrupting' && through).toBe(false);
  });

  it('the writer\'s own promise still fires (c10 «Jag kommer att skicka en utförlig motivering senare», k03, k14 above)', () => {
    expect(deadlineInterruptionSignal(`${SV_APPEAL} Jag kommer att skicka en utförlig motivering senare.${SV_CLOSE}`)?.cues).toContain('sends more later');
    expect(deadlineInterruptionSignal(`${SV_APPEAL} Vi ska skicka mer underlag från läkaren.${SV_CLOSE}`)?.cues).toContain('sends more later');
  });
});

describe('the heading that names the letter an appeal is read as rules.ts reads headings', () => {
  it('d3: «Klage på vedtak …» after ten letterhead lines lodges, and is not held as telling only of an earlier appeal', () => {
    const d3 = 'Kari Nordmann\nStorgata 1\n0155 Oslo\nTlf 912 34 567\nFnr 14866012345\n\nNav Arbeid og ytelser\nPostboks 354\n8601 Mo i Rana\n\nOslo, 6.11.2026\n\nKlage på vedtak om sykepenger av 2.11.2026\n\nJeg sendte en foreløpig klage på e-post 4.11. Vedtaket er feil. Begrunnelsen kommer når legen har skrevet erklæring.\n\nMed hilsen\nKari Nordmann';
    expect(tellsOnlyOfEarlierAppeal(d3)).toBe(false);
    const { c } = routed(d3);
    expect(c.explanation.map((e) => e.feature)).not.toContain(HOLD);
    expect(deadlineInterruptionSignal(d3)).not.toBeNull();
  });

  it('a running line over 70 characters that opens «Klage på …» is no heading', () => {
    expect(headedAsAppeal('Hei\n\nKlage på vedtaket om sykepenger sendte jeg dere allerede i mars, og jeg har ikke hørt noe siden.\nHva skjer nå?')).toBe(false);
    expect(headedAsAppeal('Hei\n\nKlage på vedtaket om sykepenger\n\nHva skjer nå?')).toBe(true);
  });
});

describe('da «indsendt/indsendte», nb «innsendt» tell of an appeal sent', () => {
  it('b4: «Jeg har indsendt en klage … Min begrundelse kommer senere» is held, no deadline-interrupting cue', () => {
    const b4 = 'Til Ankestyrelsen\n\nJeg har indsendt en klage over afgørelsen om sygedagpenge den 2. oktober 2026. Hvornår kan jeg forvente et svar? Min begrundelse kommer senere, når lægen har skrevet.\n\nVenlig hilsen\nSofie Jensen';
    expect(readWritersAppeal(b4).earlierAppealOnly).toBe(true);
    expect(deadlineInterruptionSignal(b4)).toBeNull();
    const { c, routed: through } = routed(b4);
    expect(through).toBe(false);
    expect(c.explanation.map((e) => e.feature)).toContain(HOLD);
  });

  it.each([
    ['da past', 'Jeg indsendte en klage over afgørelsen i oktober. Hvornår får jeg svar?'],
    ['nb perfect', 'Jeg har innsendt klage på vedtaket om sykepenger. Hva skjer nå?'],
  ])('%s: reads as telling only of an earlier appeal', (_id, text) => {
    expect(tellsOnlyOfEarlierAppeal(text)).toBe(true);
  });
});
