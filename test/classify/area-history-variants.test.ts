import { describe, expect, it } from 'vitest';
import { routeVariants } from '../../scripts/area-history-variants.ts';

/**
 * Issue 13, session 16: an appeal's history names other areas' benefits (an AAP appeal tells of sick
 * leave, a disability appeal of years on AAP, a sick-pay appeal of the GP's legeerklæring). What the
 * appeal clause says is appealed outranks those words; two decisions appealed at once go to review.
 * The letters are in test/classify/fixtures/area-history-variants.json, their truth written first.
 */
const outcomes = routeVariants();
const byId = new Map(outcomes.map((o) => [o.letter.id, o]));

describe('the decision appealed outranks the benefits a letter tells of', () => {
  it('routes none of the variant letters with a wrong area', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
    expect(outcomes.filter((o) => o.routed && o.area !== o.letter.area).map((o) => `${o.letter.id} → ${o.area}`)).toEqual([]);
  });

  it('holds every appeal of two areas\' decisions for review', () => {
    const two = outcomes.filter((o) => o.letter.twoSubjects);
    expect(two.length).toBeGreaterThanOrEqual(3);
    expect(two.filter((o) => o.routed).map((o) => o.letter.id)).toEqual([]);
    for (const o of two) expect(o.reason).toBe('area_contested');
  });

  it.each([
    ['v-ufo-4', 'disability'], // «överklagar beslutet om uføretrygd» after sjukpenning and AAP
    ['v-ufo-2', 'disability'], // «klager på at uføre-søknaden min ble avslått», AAP stopped in the history
    ['v-aap-2', 'work_assessment'], // «klager fordi AAP-en min ble stoppet», the GP's sykmelding in the history
    ['v-syk-6', 'sick_pay'], // «I appeal against the decision on sick pay», disability benefit named later
  ])('%s is read as %s, the area of the decision appealed', (id, area) => {
    expect(byId.get(id)!.area).toBe(area);
  });
});
