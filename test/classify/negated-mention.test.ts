import { describe, expect, it } from 'vitest';
import { areaEvidence, negatedOnlyAreas } from '../../domain/classify/evidence.ts';

const areasIn = (text: string) => [...new Set(areaEvidence(text).map((h) => h.area))].sort();

describe('a negated or contrasted benefit name is no evidence', () => {
  it.each([
    'Jeg har aldri søkt uføretrygd.',
    'Jeg mottar ikke uføretrygd.',
    'Eg har ikkje søkt om uføretrygd.',
    'Jag har aldrig ansökt om sjukersättning.',
    'Jeg har aldrig søgt førtidspension.',
    'I have never applied for disability benefit.',
    "I haven't received any disability benefit.",
    'Jeg har ingen uforetrygd.',
  ])('%s', (text) => {
    expect(areasIn(text)).toEqual([]);
    expect([...negatedOnlyAreas(text)]).toEqual(['disability']);
  });

  it('the benefit set against the denied one still counts', () => {
    expect(areasIn('Saken gjelder ikke uføretrygd, men sykepenger.')).toEqual(['sick_pay']);
    expect(areasIn('Det gäller inte sjukersättning utan sjukpenning.')).toEqual(['sick_pay']);
    expect(areasIn('This is not about disability benefit but about sick pay.')).toEqual(['sick_pay']);
  });

  it('a mention the letter does not deny elsewhere still counts', () => {
    expect(areasIn('Jeg klager på vedtaket om uføretrygd. Jeg har aldri søkt uføretrygd før.')).toEqual(['disability']);
    expect(negatedOnlyAreas('Jeg klager på vedtaket om uføretrygd. Jeg har aldri søkt uføretrygd før.').size).toBe(0);
  });

  it('reads only a few words back, in the same clause', () => {
    expect(areasIn('Jeg er ikke fornøyd med hvordan Nav behandlet søknaden min om uføretrygd.')).toEqual(['disability']);
    expect(areasIn('Jeg er ikke enig i vedtaket om uføretrygd.')).toEqual(['disability']);
    expect(areasIn('Jeg er ikke enig i uføretrygd-vedtaket.')).toEqual(['disability']);
    expect(areasIn('Det stemmer ikke. Uføretrygden min ble satt ned.')).toEqual(['disability']);
    expect(areasIn('Jeg kunne ikke jobbe, og søkte uføretrygd.')).toEqual(['disability']);
  });

  it('denial applies to benefit names only, not to a cited law', () => {
    expect(areasIn('Vilkårene i folketrygdloven § 12-6 er ikke oppfylt.')).toEqual(['disability']);
    expect(areasIn('Nav mener vilkårene ikke er oppfylt etter § 12-5.')).toEqual(['disability']);
  });
});

describe('a refusal the appeal is about keeps its evidence', () => {
  it.each([
    ['Helfo ga ikke forhåndstilsagn.', 'treatment_abroad'],
    ['Medicinen ingår inte i läkemedelsförmånen.', 'pharmacy'],
    ['Nav mener jeg ikke har rett til uføretrygd.', 'disability'],
    ['Sykepenger ble ikke innvilget.', 'sick_pay'],
    ['Nav har ikke godkjent yrkesskaden.', 'occupational_injury'],
  ])('%s', (text, area) => {
    expect(areasIn(text)).toEqual([area]);
  });
});
