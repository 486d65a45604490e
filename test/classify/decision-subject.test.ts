import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument, contested } from '#domain/classify/index';
import { classificationOf } from '../../domain/classify/stage.ts';
import { decisionSubjectAreas } from '#domain/classify/decision-subject';
import { areaEvidence, evidenceRules, type EvidenceRule } from '#domain/classify/evidence';

const firedIn = (text: string): EvidenceRule[] => {
  const hits = new Set(areaEvidence(text).map((h) => h.rule));
  return evidenceRules.filter((r) => hits.has(r.id));
};
const subjectOf = (text: string) => [...decisionSubjectAreas(text, firedIn(text))].sort();

describe('the decision\'s subject: the benefit the appeal clause governs', () => {
  it('is read from the clause that says what is appealed, in each language', () => {
    expect(subjectOf('Jeg klager på vedtaket om uføretrygd. Jeg hadde arbeidsavklaringspenger i tre år før det.')).toEqual(['disability']);
    expect(subjectOf('Klagen gjelder avslag på arbeidsavklaringspenger. Før det hadde jeg sykepenger i ett år.')).toEqual(['work_assessment']);
    expect(subjectOf('Jag överklagar Försäkringskassans beslut om sjukersättning. Jag har haft sjukpenning länge.')).toEqual(['disability']);
    expect(subjectOf('Jeg klager over afgørelsen om sygedagpenge. Jeg har også søgt arbejdsafklaringspenge.')).toEqual(['sick_pay']);
    expect(subjectOf('I appeal against the decision on sickness benefit. I then applied for work assessment allowance.')).toEqual(['sick_pay']);
  });

  it('is read from a heading that is itself an appeal clause', () => {
    expect(subjectOf('Klage på vedtak om uføretrygd\n\nJeg har hatt arbeidsavklaringspenger i tre år.')).toEqual(['disability']);
  });

  it('is not an earlier, denied, accepted or attached decision', () => {
    expect(subjectOf('Jeg fikk vedtak om uføretrygd i 2019. Nå har Nav stanset AAP-en min.')).toEqual([]);
    expect(subjectOf('Dette er ikke en klage på vedtak om uføretrygd. Nav har stanset AAP.')).toEqual([]);
    expect(subjectOf('Tidligere fikk jeg avslag på uføretrygd, og det godtok jeg. Nå er AAP stanset.')).toEqual([]);
    expect(subjectOf('Jeg klaget på vedtaket om uføretrygd i 2020. Nå er AAP stanset.')).toEqual([]);
    expect(subjectOf('Nav har stanset AAP.\n\nVedlegg:\n- Kopi av vedtak om uføretrygd fra 2019')).toEqual([]);
  });

  it('ends the sentence at a number\'s full stop before a capital and at a line break', () => {
    expect(subjectOf('Jeg klager på vedtaket av 03.02.2026. Før det var jeg på AAP i tre år.')).toEqual([]);
    expect(subjectOf('Klage på vedtak\nOm uføretrygd vet jeg lite, men AAP har jeg hatt.')).toEqual([]);
    expect(subjectOf('Klage på vedtak\nVedtaksdato: 03.02.2026\nUføretrygd har jeg hatt siden 2019.')).toEqual([]);
    // A date's full stops inside the clause do not end it.
    expect(subjectOf('Jeg klager på vedtak av 12.03.2025 om uføretrygd, og jeg har hatt AAP siden 2021.')).toEqual(['disability']);
  });

  it('reads on across a line break inside a sentence, and the application a decision refused', () => {
    expect(subjectOf('Klagen retter seg mot vedtak fattet 12.11.2023, der NAV kontor\nAsker ga avslag på søknad om uføretrygd. Jeg har hatt AAP i tre år.')).toEqual(['disability']);
  });

  it('in the sentence of the decision date a decision word alone governs the benefit', () => {
    expect(subjectOf('Jeg er uenig i vedtaket\n\nDet vises til brevet datert\n2023-12-22, hvor jeg fikk avslag på søknad om uføretrygd.\n\nJeg har hatt AAP.')).toEqual(['disability']);
    // Not in another sentence: an earlier decision told after the date's sentence.
    expect(subjectOf('Klage\n\nDet vises til vedtak datert 03.02.2026. Jeg fikk avslag på uføretrygd i 2019, og AAP er nå stanset.')).toEqual([]);
  });

  it('needs the governing word close to the decision word, and never til or for', () => {
    expect(subjectOf('Jeg klager på vedtaket som Nav sendte meg i posten forrige uke om uføretrygd og AAP.')).toEqual([]);
    expect(subjectOf('Jeg klager på avslaget til tross for at jeg har hatt arbeidsavklaringspenger.')).toEqual([]);
    expect(subjectOf('Jeg klager på avslaget for arbeidsavklaringspenger.')).toEqual([]);
  });

  it('reads benefit names only, never a law', () => {
    const text = 'Jeg klager på vedtak om ytelse etter folketrygdloven § 12-5.';
    expect(firedIn(text).some((r) => r.kind === 'law')).toBe(true);
    expect(subjectOf(text)).toEqual([]);
  });
});

describe('contested(): the appeal clause lifts another benefit\'s contest for its own area only', () => {
  const text = 'Jeg klager på vedtaket om uføretrygd. Jeg har hatt arbeidsavklaringspenger i tre år.';
  const fired = firedIn(text);

  it('lifts the contest when the answered area is the clause\'s', () => {
    expect(contested(fired, 'disability', text)).toBeNull();
  });

  it('keeps it when another area is answered', () => {
    expect(contested(fired, 'work_assessment', text)).toBe('disability');
  });

  it('without the clause read, the other benefit contests as before', () => {
    expect(contested(fired, 'disability', text, false)).toBe('work_assessment');
  });
});

describe('classifyDocument and the stored classification', () => {
  const config = loadConfig();
  const letter = [
    'Kari Nordmann',
    'Storgata 1, 0155 Oslo',
    '',
    'Klage på vedtak om uføretrygd',
    '',
    'Jeg klager på Navs vedtak datert 03.02.2026 om uføretrygd. Jeg har hatt arbeidsavklaringspenger i tre år, og helsen min er ikke blitt bedre.',
    'Legen min mener at jeg ikke kan arbeide. Jeg ber om at vedtaket endres.',
    '',
    'Hilsen Kari Nordmann',
  ].join('\n');

  it('a disability appeal that tells of years on AAP is not capped, and the contesting area is kept for a reason', () => {
    const c = classifyDocument(letter, config);
    expect(c.area).toBe('disability');
    expect(c.detail.areaContested).toBe(false);
    expect(c.detail.contestingArea).toBe('work_assessment');
    expect(classificationOf([{ pageIndex: 0, source: 'text_layer', text: letter }], config).areaContestedBy).toBe('work_assessment');
  });
});
