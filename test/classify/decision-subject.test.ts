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

  it('is not an appeal refused or left for something else, in each language (review of area16)', () => {
    const after = ' Nå har Nav stanset arbeidsavklaringspengene mine.';
    expect(subjectOf(`Uten å klage på vedtaket om uføretrygd den gangen gikk jeg videre.${after}`)).toEqual([]);
    expect(subjectOf(`Jeg har latt være å klage på vedtaket om uføretrygd.${after}`)).toEqual([]);
    expect(subjectOf(`Jeg droppet å klage på vedtaket om uføretrygd i fjor.${after}`)).toEqual([]);
    expect(subjectOf(`Istedenfor å klage på vedtaket om uføretrygd søkte jeg på nytt.${after}`)).toEqual([]);
    expect(subjectOf(`I stedet for å klage på vedtaket om uføretrygd søkte jeg på nytt.${after}`)).toEqual([]);
    expect(subjectOf('Utan å klage på vedtaket om uføretrygd gjekk eg vidare. No har Nav stansa AAP.')).toEqual([]);
    expect(subjectOf('Eg har late vere å klage på vedtaket om uføretrygd. Nav har stansa AAP.')).toEqual([]);
    expect(subjectOf('I staden for å klage på vedtaket om uføretrygd søkte eg AAP.')).toEqual([]);
    expect(subjectOf('Istället för att överklaga beslutet om sjukersättning sökte jag arbetsavklaringspenger.')).toEqual([]);
    expect(subjectOf('Jag har låtit bli att överklaga beslutet om sjukersättning.')).toEqual([]);
    expect(subjectOf('Uden at klage over afgørelsen om sygedagpenge søgte jeg arbejdsafklaringspenge.')).toEqual([]);
    expect(subjectOf('I stedet for at klage over afgørelsen om sygedagpenge søgte jeg arbejdsafklaringspenge.')).toEqual([]);
    expect(subjectOf('Rather than appeal the decision on sick pay, I applied for work assessment allowance.')).toEqual([]);
    expect(subjectOf('Instead of appealing against the decision on sick pay, I applied for work assessment allowance.')).toEqual([]);
  });

  it('is not an appeal told as possible or reported, and is an appeal the writer wishes to make', () => {
    expect(subjectOf('Dere skrev i brevet at jeg kunne klage på vedtaket om arbeidsavklaringspenger, men det er uføretrygden jeg har fått avslag på.')).toEqual([]);
    expect(subjectOf('Eg kunne klaga på vedtaket om arbeidsavklaringspengar, men gjorde det ikkje.')).toEqual([]);
    expect(subjectOf('Ni skrev att jag kunde överklaga beslutet om sjukpenning.')).toEqual([]);
    expect(subjectOf('I was told I could appeal the decision on sick pay.')).toEqual([]);
    expect(subjectOf('Jeg vil klage på vedtaket om uføretrygd. Jeg har hatt AAP i tre år.')).toEqual(['disability']);
  });

  it('is not an earlier appeal whose verb is past, in each language', () => {
    expect(subjectOf('Klagen min på vedtaket om sykepenger ble avgjort i 2022. Nå har Nav avslått uføretrygd.')).toEqual([]);
    expect(subjectOf('Som dere vet, ble anken min på vedtaket om arbeidsavklaringspenger avgjort i trygderetten i 2023.')).toEqual([]);
    expect(subjectOf('Klaga mi på vedtaket om sjukepengar i 2022 vart avgjord for lenge sidan.')).toEqual([]);
    expect(subjectOf('Mitt överklagande av beslutet om sjukpenning avgjordes 2022.')).toEqual([]);
    expect(subjectOf('Min klage over afgørelsen om sygedagpenge blev afgjort i 2022.')).toEqual([]);
    expect(subjectOf('My earlier appeal against the decision on sick pay was settled in 2023.')).toEqual([]);
    // The appeal made now is still read when the letter says the decision was made without the GP's word.
    expect(subjectOf('Jeg klager på vedtaket om uføretrygd fordi legen ikke ble spurt.')).toEqual(['disability']);
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
