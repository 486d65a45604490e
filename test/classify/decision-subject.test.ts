import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '#domain/classify/index';
import { decisionSubjectAreas } from '#domain/classify/decision-subject';
import { areaEvidence, evidenceRules } from '#domain/classify/evidence';

const subjectOf = (text: string) => {
  const hits = new Set(areaEvidence(text).map((h) => h.rule));
  return [...decisionSubjectAreas(text, evidenceRules.filter((r) => hits.has(r.id)))].sort();
};

describe('the decision\'s subject (the benefit a decision word governs)', () => {
  it('is the benefit after a decision word in the same sentence, not one the letter tells of', () => {
    expect(subjectOf('Jeg klager på vedtaket om uføretrygd. Jeg hadde arbeidsavklaringspenger i tre år før det.')).toEqual(['disability']);
    expect(subjectOf('Etter to år med sykepenger fikk jeg avslag på arbeidsavklaringspenger fra Nav.')).toEqual(['work_assessment']);
    expect(subjectOf('Överklagande av Försäkringskassans beslut om sjukersättning. Jag har haft sjukpenning länge.')).toEqual(['disability']);
    expect(subjectOf('I appeal against the decision on sickness benefit. I then applied for work assessment allowance.')).toEqual(['sick_pay']);
  });

  it('reads past a date or a number in the sentence and past a line break inside it', () => {
    expect(subjectOf('Nav fattet vedtak datert 12.03.2025 om\nuføretrygd, og jeg har hatt AAP siden 2021.')).toEqual(['disability']);
    expect(subjectOf('Vedtak av 1. mars om sykepenger er feil. Jeg har søkt AAP.')).toEqual(['sick_pay']);
  });

  it('does not cross a full stop, a question mark or a blank line', () => {
    expect(subjectOf('Jeg fikk et vedtak i går. Arbeidsavklaringspenger hadde jeg før.')).toEqual([]);
    expect(subjectOf('Hvorfor kom vedtaket så sent? Uføretrygd er det jeg trenger.')).toEqual([]);
    expect(subjectOf('Klage på vedtak\n\nJeg har hatt arbeidsavklaringspenger.')).toEqual([]);
  });

  it('reads benefit names only, never a law or a unit', () => {
    expect(subjectOf('Vedtak etter folketrygdloven § 12-5 fra Nav.')).toEqual([]);
  });
});

describe('a benefit the letter tells of no longer contests the decision\'s own (classifyDocument)', () => {
  const config = loadConfig();
  const letter = (subject: string, history: string) =>
    [
      'Kari Nordmann',
      'Storgata 1, 0155 Oslo',
      '',
      `Klage på vedtak om ${subject}`,
      '',
      `Jeg klager på Navs vedtak datert 03.02.2026 om ${subject}. Jeg har hatt ${history} i tre år, og helsen min er ikke blitt bedre.`,
      'Legen min mener at jeg ikke kan arbeide. Jeg ber om at vedtaket endres.',
      '',
      'Hilsen Kari Nordmann',
    ].join('\n');

  it('a disability appeal that tells of years on AAP is not contested when it answers disability', () => {
    const c = classifyDocument(letter('uføretrygd', 'arbeidsavklaringspenger'), config);
    expect(c.area).toBe('disability');
    expect(c.detail.areaContested).toBe(false);
  });

  it('an answer the decision\'s subject does not name stays contested', () => {
    // The decision is about AAP; were disability answered, the subject would not lift the contest.
    const text = letter('arbeidsavklaringspenger', 'uføretrygd');
    const c = classifyDocument(text, config);
    if (c.area === 'work_assessment') expect(c.detail.areaContested).toBe(false);
    else expect(c.detail.areaContested).toBe(true);
  });
});
