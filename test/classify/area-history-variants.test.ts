import { describe, expect, it } from 'vitest';
import { routeVariants } from '../../scripts/area-history-variants.ts';

/**
 * Issue 13, session 16: an appeal's history names other areas' benefits (an AAP appeal tells of sick
 * leave, a disability appeal of years on AAP, a sick-pay appeal of the GP's legeerklæring). What the
 * appeal clause says is appealed outranks those words; two decisions appealed at once go to review.
 * The letters are in test/classify/fixtures/area-history-variants.json, their truth written first; the
 * `rv-` letters are the review of area16's, whose history sentences a clause reader misreads (an earlier
 * appeal, a refusal to appeal, «klagen gjelder perioden …»): they must not be routed with a wrong area.
 * The subject no longer adds weight to its area, so it no longer reads v-ufo-4, v-ufo-2, v-aap-2 and
 * v-syk-6 right: they are held for review.
 */
const outcomes = routeVariants();
const byId = new Map(outcomes.map((o) => [o.letter.id, o]));

describe('the decision appealed outranks the benefits a letter tells of', () => {
  it('routes none of the variant letters with a wrong area', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(61);
    expect(outcomes.filter((o) => o.routed && o.area !== o.letter.area).map((o) => `${o.letter.id} → ${o.area}`)).toEqual([]);
  });

  it('holds every appeal of two areas\' decisions for review', () => {
    const two = outcomes.filter((o) => o.letter.twoSubjects);
    expect(two.length).toBeGreaterThanOrEqual(3);
    expect(two.filter((o) => o.routed).map((o) => o.letter.id)).toEqual([]);
    for (const o of two) expect(o.reason).toBe('area_contested');
  });

  it.each(['rv-a12', 'rv-a17'])('holds %s for review: its appeal clause is reported («kunne klage») or refused («uten å klage»)', (id) => {
    // Main routed both (disability appeals) to work assessment at 0.99: the clause agreed with the model.
    expect(byId.get(id)!.routed).toBe(false);
  });
});
