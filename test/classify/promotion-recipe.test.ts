import { describe, expect, it } from 'vitest';
import { bestDraw, promoteRecipe, type DrawScore } from '#domain/classify/promotion';

// Made-up figures in the shape of session 13's: 325 held-out letters, 113 of the calibration half to route.
function draw(version: string, seed: number, heldOut: [through: number, wrong: number], half: [through: number, wrong: number]): DrawScore {
  return {
    version,
    seed,
    sets: [
      { name: 'held-out families', shouldRoute: 325, counts: { straightThrough: heldOut[0], routed: heldOut[0], routedWrong: heldOut[1] } },
      { name: 'unseen calibration half', shouldRoute: 113, counts: { straightThrough: half[0], routed: half[0], routedWrong: half[1] } },
    ],
  };
}
// The promoted recipe: one lucky draw (316, 96) and two ordinary ones.
const promoted = [draw('lucky', 1, [316, 1], [96, 0]), draw('p2', 2, [305, 0], [88, 0]), draw('p3', 3, [306, 0], [89, 0])];

describe('a recipe judged on several draws', () => {
  it('promotes a better recipe that no single draw of it beats the lucky draw with', () => {
    // Every candidate draw is below the lucky one on the held-out families (one draw against one would refuse it),
    // but its mean is higher on both sets: 311.3 vs 309, 94.3 vs 91.
    const candidate = [draw('c1', 1, [311, 0], [95, 0]), draw('c2', 2, [312, 0], [94, 0]), draw('c3', 3, [311, 1], [94, 0])];
    const decision = promoteRecipe(candidate, promoted);
    expect(decision).toMatchObject({ promote: true, shipped: 'c1', seeds: [1, 2, 3] });
    expect(decision.means[0]).toMatchObject({ name: 'held-out families', candidateWorstWrong: 1, promotedWorstWrong: 1 });
    expect(decision.means[0]!.candidate).toBeCloseTo(934 / 3 / 325, 10);
  });

  it('refuses a recipe with one draw routing more wrong than the promoted recipe\'s worst draw', () => {
    const candidate = [draw('c1', 1, [320, 0], [99, 0]), draw('c2', 2, [318, 0], [98, 1]), draw('c3', 3, [319, 0], [97, 0])];
    const decision = promoteRecipe(candidate, promoted);
    expect(decision.promote).toBe(false);
    expect(decision.shipped).toBeNull();
    expect(decision.reason).toMatch(/^unseen calibration half: draw c2 \(seed 2\) routes 1 wrong, more than the promoted recipe's worst draw \(0\)/);
  });

  it('refuses a recipe whose mean is lower on one set however much higher on the other', () => {
    const candidate = [draw('c1', 1, [325, 0], [90, 0]), draw('c2', 2, [325, 0], [91, 0]), draw('c3', 3, [325, 0], [91, 0])];
    expect(promoteRecipe(candidate, promoted).reason).toMatch(/^unseen calibration half: mean straight through lower on seeds 1, 2, 3/);
  });

  it('lets an equal mean on one set pass, but refuses a recipe equal on both', () => {
    // Calibration half 273 = 96 + 88 + 89 on both sides: equal, not lower.
    const equalOnHalf = [draw('c1', 1, [310, 0], [89, 0]), draw('c2', 2, [310, 0], [88, 0]), draw('c3', 3, [310, 0], [96, 0])];
    expect(promoteRecipe(equalOnHalf, promoted).promote).toBe(true);
    const same = [draw('c1', 1, [305, 0], [89, 0]), draw('c2', 2, [306, 0], [88, 0]), draw('c3', 3, [316, 0], [96, 0])];
    expect(promoteRecipe(same, promoted)).toMatchObject({ promote: false, reason: expect.stringMatching(/^not higher on any set, only equal/) });
  });

  it('compares on paired seeds only, and refuses fewer than the draws asked for', () => {
    const twoPaired = [draw('c1', 1, [320, 0], [99, 0]), draw('c2', 2, [320, 0], [99, 0]), draw('c9', 9, [320, 0], [99, 0])];
    expect(promoteRecipe(twoPaired, promoted).reason).toMatch(/judged by 3 draws on paired seeds.*\(2 in common\)/);
    expect(promoteRecipe(twoPaired, promoted, 2)).toMatchObject({ promote: true, seeds: [1, 2] });
  });
});

describe('the draw shipped', () => {
  it('is the one with fewest routed wrong over both sets, then most through, each set counting alike', () => {
    // b is 10 held-out letters short but 4 calibration letters ahead: 300/325 + 100/113 > 310/325 + 96/113.
    const a = draw('a', 1, [310, 0], [96, 0]);
    const b = draw('b', 2, [300, 0], [100, 0]);
    const wrong = draw('w', 3, [325, 1], [113, 0]);
    expect(bestDraw([wrong, a, b]).version).toBe('b');
  });
  it('breaks a full tie by the lowest seed, whatever the order given', () => {
    const a = draw('a', 7, [310, 0], [96, 0]);
    const b = draw('b', 5, [310, 0], [96, 0]);
    expect(bestDraw([a, b]).version).toBe('b');
    expect(bestDraw([b, a]).version).toBe('b');
  });
});
