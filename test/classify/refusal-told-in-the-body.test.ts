import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { negatedOnlyAreas } from '../../domain/classify/evidence.ts';
import { classificationOf } from '../../domain/classify/stage.ts';

/**
 * A refusal told with a negated «få» («Jeg har ikke fått refusjon fra Helfo for …») reads as a denial, and the letter
 * that names its area only so is held (negated-mention.ts). Session 21 tried reading such a sentence as the refusal
 * appealed when it named the office; review showed an old refusal mentioned in passing then carried the area of an
 * appeal about something else. These letters must stay held, never routed to the area mentioned in passing.
 */
const config = loadConfig();
const ID = '15895012345'; // synthetic: month + 80
const letter = (body: string) =>
  `Kari Nordmann\nStorgata 1\n0155 Oslo\nFødselsnummer ${ID}\n\nHelseklage\nPostboks 1\n0130 Oslo\n\nOslo, 20. november 2026\n\nKlage\n\n${body}\n\nMed vennlig hilsen\nKari Nordmann`;
const classified = (body: string) => classificationOf([{ pageIndex: 0, source: 'text_layer', text: letter(body) }], config);
const held = (body: string) => classified(body).explanation.some((e) => e.feature === 'rule:area named only negated');

describe('a negated «få» denies the benefit it names', () => {
  it.each([
    ['Jeg fikk ikke refusjon for fysioterapien fra Helfo.', 'physiotherapy'],
    ['Eg fekk ikkje refusjon for fysioterapi frå Helfo.', 'physiotherapy'],
    ['Jeg har aldri fått uføretrygd fra Nav.', 'disability'],
  ])('%s', (text, area) => {
    expect(negatedOnlyAreas(text).has(area)).toBe(true);
  });
});

describe('an old refusal mentioned in passing does not carry the area of an appeal about something else', () => {
  it.each([
    [
      'Jeg fikk ikke refusjon for fysioterapi fra Helfo i fjor. Nå har Helfo avslått refusjon av egenandel for psykologhjelp, og jeg klager på vedtaket.',
      'physiotherapy',
    ],
    ['Jeg har ikke fått sykepenger fra Nav siden juni. Jeg klager på vedtaket om dagpenger datert 2.11.2026.', 'sick_pay'],
    ['Jeg fikk ikke AAP fra Nav da jeg var 66. Jeg klager på vedtaket om alderspensjonen datert 2.11.2026.', 'work_assessment'],
  ])('%s', (body, passing) => {
    const c = classified(body);
    expect(c.area === passing && c.confidence > 0.5).toBe(false);
  });
});

describe('the appeal that tells its refusal only with a negated «få» stays held', () => {
  it.each([
    'Jeg fikk ikke refusjon for fysioterapien fra Helfo, selv om jeg hadde henvisning fra legen. Vedtaket er datert 2.11.2026, og jeg klager på det.',
    'Jeg fikk ikke pasientreiser dekket av arbeidsgiveren. Jeg klager på vedtaket fra Nav datert 2.11.2026.',
  ])('%s', (body) => {
    expect(held(body)).toBe(true);
  });
});
