import { describe, expect, it } from 'vitest';
import { mcnemarExactP, pairSet, promoteOnBothSets, type LetterResult, type PairedSetScore } from '#domain/classify/promotion';

const heldOut: PairedSetScore = {
  name: 'held-out families',
  n: 325,
  shouldRoute: 325,
  candidate: { straightThrough: 300, routed: 300, routedWrong: 1 },
  current: { straightThrough: 280, routed: 280, routedWrong: 0 },
  type: { candidateOnly: 2, currentOnly: 3 },
  area: { candidateOnly: 4, currentOnly: 4 },
};
const unseen: PairedSetScore = {
  name: 'unseen calibration half',
  n: 163,
  shouldRoute: 113,
  candidate: { straightThrough: 84, routed: 84, routedWrong: 1 },
  current: { straightThrough: 71, routed: 72, routedWrong: 1 },
  type: { candidateOnly: 6, currentOnly: 1 },
  area: { candidateOnly: 9, currentOnly: 2 },
};

describe('McNemar exact test', () => {
  it('is 1 with no discordant letters and symmetric in its arguments', () => {
    expect(mcnemarExactP(0, 0)).toBe(1);
    expect(mcnemarExactP(3, 9)).toBeCloseTo(mcnemarExactP(9, 3), 12);
  });
  it('matches the binomial tail computed by hand', () => {
    // 0 vs 6: 2 * (1/2)^6 = 0.03125; 1 vs 6: 2 * (1 + 7) / 128 = 0.125.
    expect(mcnemarExactP(0, 6)).toBeCloseTo(0.03125, 10);
    expect(mcnemarExactP(1, 6)).toBeCloseTo(0.125, 10);
    expect(mcnemarExactP(5, 5)).toBe(1);
  });
  it('stays finite for large counts', () => {
    const p = mcnemarExactP(400, 600);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-8);
  });
});

describe('promotion on both evaluation sets', () => {
  it('promotes a candidate with more straight through on both, within the budget, and no worse beyond noise', () => {
    // Held-out: 1/300 = 0.33% wrong is within 0.5%; one letter less right in type (2 vs 3) is noise.
    const decision = promoteOnBothSets([heldOut, unseen]);
    expect(decision.promote).toBe(true);
    expect(decision.reason).toMatch(/held-out families.*unseen calibration half/);
  });

  it('refuses when either set has more of the routed wrong than the budget and the promoted model', () => {
    const decision = promoteOnBothSets([{ ...heldOut, candidate: { straightThrough: 300, routed: 300, routedWrong: 2 } }, unseen]);
    expect(decision).toMatchObject({ promote: false, reason: expect.stringMatching(/held-out families: 2\/300 = 0.7% of the routed wrong/) });
  });

  it('lets a candidate over the budget through only where the promoted model is over it too, and not worse', () => {
    // Unseen: 1/84 = 1.2% against the promoted 1/72 = 1.4%: over 0.5%, but a smaller share than the promoted model's.
    expect(promoteOnBothSets([heldOut, unseen]).promote).toBe(true);
    const worse = { ...unseen, candidate: { straightThrough: 84, routed: 84, routedWrong: 2 } };
    expect(promoteOnBothSets([heldOut, worse]).reason).toMatch(/unseen calibration half: 2\/84/);
  });

  it('refuses a loss in type or area beyond noise on either set, not a raw difference of a few letters', () => {
    expect(promoteOnBothSets([{ ...heldOut, type: { candidateOnly: 0, currentOnly: 3 } }, unseen]).promote).toBe(true);
    const typeLoss = promoteOnBothSets([{ ...heldOut, type: { candidateOnly: 0, currentOnly: 7 } }, unseen]);
    expect(typeLoss).toMatchObject({ promote: false, reason: expect.stringMatching(/held-out families: type worse beyond noise.*p = 0.016/) });
    const areaLoss = promoteOnBothSets([heldOut, { ...unseen, area: { candidateOnly: 2, currentOnly: 12 } }]);
    expect(areaLoss).toMatchObject({ promote: false, reason: expect.stringMatching(/unseen calibration half: area worse/) });
  });

  it('needs strictly more straight through on every set: better on one only is not enough', () => {
    const tie = promoteOnBothSets([heldOut, { ...unseen, candidate: { straightThrough: 71, routed: 71, routedWrong: 0 } }]);
    expect(tie).toMatchObject({ promote: false, reason: expect.stringMatching(/unseen calibration half: not more straight through \(71 vs 71 of 113\)/) });
    expect(promoteOnBothSets([]).promote).toBe(false);
  });
});

describe('paired counts from per-letter results', () => {
  const r = (typeRight: boolean, areaRight: boolean, routed: boolean, routedWrong = false): LetterResult => ({ typeRight, areaRight, routed, routedWrong });
  it('counts straight through among those that should be routed, wrong among all routed, and the discordant letters', () => {
    const set = pairSet('s', [
      { shouldRoute: true, candidate: r(true, true, true), current: r(true, false, false) },
      { shouldRoute: true, candidate: r(false, true, true, true), current: r(true, true, true) },
      { shouldRoute: false, candidate: r(true, true, true), current: r(true, true, false) },
      { shouldRoute: true, candidate: r(true, false, false), current: r(false, false, false) },
    ]);
    expect(set).toEqual({
      name: 's',
      n: 4,
      shouldRoute: 3,
      candidate: { straightThrough: 2, routed: 3, routedWrong: 1 },
      current: { straightThrough: 1, routed: 1, routedWrong: 0 },
      type: { candidateOnly: 1, currentOnly: 1 },
      area: { candidateOnly: 1, currentOnly: 0 },
    });
  });
});
