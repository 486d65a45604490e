import { describe, expect, it } from 'vitest';
import { deadlineInterruptionSignal } from '../../domain/classify/deadline-interrupting.ts';
import { decisionSubjectAreas } from '../../domain/classify/decision-subject.ts';
import { areaEvidence, evidenceRules } from '../../domain/classify/evidence.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { matchHardCues } from '../../domain/classify/rules.ts';
import { foldDiacritics } from '../../domain/text/fold.ts';

/** The same letter as a writer without ø, å, æ on the keyboard writes it: one letter for one, or "oe" and "aa". */
const digraphs = (text: string) => text.replaceAll('ø', 'oe').replaceAll('Ø', 'OE').replaceAll('å', 'aa').replaceAll('Å', 'AA').replaceAll('æ', 'ae').replaceAll('Æ', 'AE');
const copies = (text: string) => [
  ['folded', foldDiacritics(text)],
  ['with digraphs', digraphs(text)],
] as const;

const fired = (text: string) => {
  const ids = new Set(areaEvidence(text).map((h) => h.rule));
  return evidenceRules.filter((r) => ids.has(r.id));
};

// The benefit's own name has no diacritics, so the model reads the same words: only the appeal clause
// ("klager på vedtaket om", "avgjørelse", "søknad") differs between the copies.
const appeals = [
  [
    'sick pay, with work assessment allowance as history',
    'Til Nav Klageinstans\n\nJeg er uenig i avgjørelsen om sykepenger datert 03.02.2026. Arbeidsgiverperioden var over, sykmeldingen gjaldt fra januar\nog sykepengene ble stanset etter åtte uker. Før det hadde jeg arbeidsavklaringspenger en kort tid.\nJeg ber om at saken vurderes på nytt.\n\nMed vennlig hilsen\nKari Nordmann',
    'sick_pay',
  ],
  [
    'work assessment allowance, with sick pay as history',
    'Til Nav\n\nJeg klager på opphøret på arbeidsavklaringspengene mine. Jeg hadde sykepenger i ett år før søknaden.\nJeg mener vilkårene er oppfylt og ber om ny vurdering.\n\nHilsen\nOla Nordmann',
    'work_assessment',
  ],
] as const;

describe('the rule readers read a letter written without diacritics as the spelled one (review of model10)', () => {
  it.each(appeals)('the appeal clause governs the benefit in a letter on %s, spelled or not', (_, letter, area) => {
    expect([...decisionSubjectAreas(letter, fired(letter))]).toEqual([area]);
    for (const [, copy] of copies(letter)) expect([...decisionSubjectAreas(copy, fired(copy))]).toEqual([area]);
  });

  it.each(appeals)('a letter on %s gets the same type, area and contest result spelled and folded', (_, letter, area) => {
    const spelled = classifyDocument(letter);
    expect(spelled.area).toBe(area);
    for (const [, copy] of copies(letter)) {
      const c = classifyDocument(copy);
      expect([c.documentType, c.area, c.detail.areaContested, c.detail.contestingArea]).toEqual([spelled.documentType, spelled.area, spelled.detail.areaContested, spelled.detail.contestingArea]);
    }
  });

  it.each([
    'Jeg klager på vedtaket. Begrunnelsen kommer senere, jeg rekker ikke å skrive alt nå.',
    'Eg klagar på vedtaket om uføretrygd. Dette er ei førebels klage, eg sender meir når eg har fått papira frå legen.',
    'Jeg klager på vedtaket og ber om at fristen ikke skal gå ut: jeg sender mer når jeg har fått legeerklæringen.',
  ])('the deadline-interrupting signal survives folding: "%s"', (letter) => {
    const spelled = deadlineInterruptionSignal(letter);
    expect(spelled).not.toBeNull();
    for (const [, copy] of copies(letter)) expect(deadlineInterruptionSignal(copy)?.cues).toEqual(spelled!.cues);
  });

  it.each([
    ['Legeerklæring\n\nPasienten har vært sykmeldt siden mars.', 'medical_declaration'],
    ['Fristavbrytende klage\n\nJeg klager på vedtaket og sender begrunnelse senere.', 'appeal_deadline_interrupting'],
    ['Samtykkeerklæring\n\nJeg samtykker i at Nav innhenter opplysninger.', 'consent'],
    ['Begjæring om gjenopptak\n\nJeg ber om at saken tas opp igjen.', 'reopening_request'],
    ['Bemærkninger til oversendelsen\n\nVi har følgende bemærkninger til sagen.', 'comments'],
  ])('a hard cue names the same type in a folded heading: "%s"', (letter, type) => {
    expect(matchHardCues(letter).map((c) => c.type)).toContain(type);
    for (const [, copy] of copies(letter)) expect(matchHardCues(copy).map((c) => c.type)).toContain(type);
  });
});

describe('the evidence rules read digraphs, ligatures and format characters (review of model10, findings 5 and 6)', () => {
  it.each([
    ['Klage paa vedtak om ufoeretrygd', 'uforetrygd'],
    ['Vi søker om blaaresept for medisinen.', 'blaresept'],
    ['Helfo ga ikke forhaandstilsagn.', 'behandling-i-utlandet'],
    ['Tilbakekreving av direkteoppgjoer.', 'direkteoppgjor'],
    ['Behandlingen ble gjort i et annet EOES-land.', 'eos-land'],
    ['Försäkringskassan beviljade sjukersaettning.', 'uforetrygd'],
    ['Klage over afslag paa laegehjaelp.', 'legehjelp'],
    ['Jeg klager på vedtaket om Uføre\u00ADtrygd.', 'uforetrygd'],
    ['Klage på vedtak om ufø\u200Bretrygd.', 'uforetrygd'],
    ['I appeal the decision on my disability beneﬁt from Nav.', 'uforetrygd'],
  ])('"%s" is read by %s', (text, rule) => {
    expect(areaEvidence(text).map((h) => h.rule)).toContain(rule);
  });

  it('folds ligatures, format characters and the strokes NFD leaves alone', () => {
    expect(foldDiacritics('beneﬁt, Uføre\u00ADtrygd, STRAẞE, ŧ, ŋ')).toBe('benefit, Uforetrygd, STRASSE, t, n');
  });
});
