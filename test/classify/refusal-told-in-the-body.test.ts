import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { areaEvidence, negatedOnlyAreas } from '../../domain/classify/evidence.ts';
import { classificationOf } from '../../domain/classify/stage.ts';

/**
 * QA s21 L02: an appeal that tells its refusal with a negated «få» («Jeg har ikke fått refusjon fra Helfo for …») was
 * held, its benefit's name read as denied (negated-mention.ts). A negated «få» counts as the refusal appealed when
 * the sentence names the office refused by and its clause no other payer; other negations still deny.
 */
const areasIn = (text: string) => [...new Set(areaEvidence(text).map((h) => h.area))].sort();

describe('a refusal told with a negated «få» names the benefit appealed', () => {
  it.each([
    ['Jeg fikk ikke refusjon for fysioterapien fra Helfo.', 'physiotherapy'],
    ['Jeg har ikke fått refusjon for fysioterapi fra Helfo, selv om legen henviste meg.', 'physiotherapy'],
    ['Jeg fikk ikke pasientreisen dekket av Pasientreiser.', 'patient_travel'],
    ['Helfo sa nei, så jeg fikk ikke stønad til tannbehandling.', 'dental'],
    ['Eg fekk ikkje refusjon for fysioterapi frå Helfo.', 'physiotherapy'],
    ['Därför fick jag inte ersättning för sjukgymnastik av Försäkringskassan.', 'physiotherapy'],
    ['Jeg fikk ingen refusjon for fysioterapi fra HELFO.', 'physiotherapy'],
    // the sentence runs across a line break, and across a blank line a scan put in it
    ['Jeg fikk ikke refusjon for fysioterapi\nfra Helfo, og klager på det.', 'physiotherapy'],
    ['Jeg fikk ikke refusjon for fysioterapi\n\nfra Helfo i høst.', 'physiotherapy'],
    ['Jeg har ikke fått refusjon for\nfysioterapi 14. oktober\n\nav Helfo.', 'physiotherapy'],
  ])('%s', (text, area) => {
    expect(areasIn(text)).toEqual([area]);
    expect(negatedOnlyAreas(text).size).toBe(0);
  });
});

describe('negations that are not the refusal appealed still deny', () => {
  it.each([
    // another payer refused, in the refusal's own clause
    ['Jeg fikk ikke refusjon for fysioterapi av arbeidsgiveren, men Helfo sier nei.', 'physiotherapy'],
    ['Jeg fikk ikke sykepenger fra forsikringsselskapet, selv om Nav sa ja.', 'sick_pay'],
    ['Jeg fikk ikke refusjon for fysioterapi fra fastlegen min, og Helfo vet det.', 'physiotherapy'],
    // something else not got
    ['Jeg fikk ikke time hos fysioterapeuten, og Helfo vet det.', 'physiotherapy'],
    // a history, not a refusal
    ['Jeg har aldri fått uføretrygd fra Nav.', 'disability'],
    // one benefit set against another
    ['Jeg fikk ikke uføretrygd, men AAP fra Nav.', 'disability'],
    // no office in the sentence: the office in the next sentence or a heading does not count
    ['Jeg fikk ikke refusjon for fysioterapi. Helfo sa nei.', 'physiotherapy'],
    ['Klage på vedtak fra Helfo\n\nJeg fikk ikke refusjon for fysioterapi.', 'physiotherapy'],
    // a negation without «få»
    ['Jeg mottar ikke uføretrygd fra Nav.', 'disability'],
  ])('%s', (text, area) => {
    expect(negatedOnlyAreas(text).has(area)).toBe(true);
  });
});

describe('the appeal is no longer held as naming its area only negated', () => {
  const config = loadConfig();
  const ID = '15895012345'; // synthetic: month + 80
  const letter = (body: string) =>
    `Kari Nordmann\nStorgata 1\n0155 Oslo\nFødselsnummer ${ID}\n\nHelseklage\nPostboks 1\n0130 Oslo\n\nOslo, 20. november 2026\n\nKlage\n\n${body}\n\nMed vennlig hilsen\nKari Nordmann`;
  const negatedOnly = (text: string) => {
    const c = classificationOf([{ pageIndex: 0, source: 'text_layer', text }], config);
    return { area: c.area, held: c.explanation.some((e) => e.feature === 'rule:area named only negated') };
  };

  it('reads the refusal told in the body', () => {
    expect(negatedOnly(letter('Jeg fikk ikke refusjon for fysioterapien fra Helfo, selv om jeg hadde henvisning fra legen. Vedtaket er datert 2.11.2026, og jeg klager på det.'))).toEqual({ area: 'physiotherapy', held: false });
  });

  it('still holds a refusal by another payer', () => {
    expect(negatedOnly(letter('Jeg fikk ikke pasientreiser dekket av arbeidsgiveren. Jeg klager på vedtaket fra Nav datert 2.11.2026.'))).toEqual({ area: 'patient_travel', held: true });
  });
});
