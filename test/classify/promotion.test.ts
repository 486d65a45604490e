import { noWorseOnUnseen } from '../../domain/classify/unseen-promotion.ts';
import { describe, expect, it } from 'vitest';
import type { HeldOutScore } from '#domain/classify/evaluate';
import { shouldPromote } from '#domain/classify/promotion';

const base: HeldOutScore = { n: 300, typeAccuracy: 0.98, areaAccuracy: 0.97, languageAccuracy: 0.99, jointAccuracy: 0.96, straightThrough: 0.88, straightThroughError: 0.004, confidenceLogLoss: 0.1 };

describe('model promotion', () => {
  it('refuses a model that gets fewer documents right', () => {
    expect(shouldPromote({ ...base, jointAccuracy: 0.94 }, base).promote).toBe(false);
  });

  it('refuses a model that sends more wrong documents straight through, however accurate', () => {
    expect(shouldPromote({ ...base, jointAccuracy: 0.99, straightThroughError: 0.02 }, base).promote).toBe(false);
  });

  it('refuses an equal model', () => {
    expect(shouldPromote(base, base).promote).toBe(false);
  });

  it('promotes a more accurate model', () => {
    const decision = shouldPromote({ ...base, jointAccuracy: 0.975 }, base);
    expect(decision.promote).toBe(true);
    expect(decision.reason).toMatch(/more documents right/);
  });

  it('promotes an as-accurate model that lets more through without more errors', () => {
    expect(shouldPromote({ ...base, straightThrough: 0.92 }, base).promote).toBe(true);
  });

  it('promotes a model with the same weights when it is not worse (a new calibration), and only then', () => {
    expect(shouldPromote(base, base, undefined, true)).toMatchObject({ promote: true, reason: expect.stringMatching(/same weights/) });
    expect(shouldPromote({ ...base, straightThrough: 0.85 }, base, undefined, true).promote).toBe(false);
    expect(shouldPromote({ ...base, straightThroughError: 0.02 }, base, undefined, true).promote).toBe(false);
  });

  it('promotes the first model, saying when it is over the error budget', () => {
    expect(shouldPromote(base, null)).toEqual({ promote: true, reason: 'no model promoted yet' });
    expect(shouldPromote({ ...base, straightThroughError: 0.05 }, null).reason).toMatch(/over the 1.0% budget/);
  });
});

describe('promotion needs the unseen writers no worse too', () => {
  const base = { n: 160, bothRight: 130, straightThrough: 70, shouldRoute: 110, routed: 72, routedWrong: 0 };
  it('accepts a candidate no worse on every count', () => {
    expect(noWorseOnUnseen({ ...base, straightThrough: 75, routed: 77 }, base).ok).toBe(true);
  });
  it('refuses one with more wrong among the routed than the budget allows', () => {
    expect(noWorseOnUnseen({ ...base, routedWrong: 1 }, base)).toMatchObject({ ok: false, reason: expect.stringMatching(/routed wrong/) });
  });
  it('refuses one with fewer letters right, or fewer straight through', () => {
    expect(noWorseOnUnseen({ ...base, bothRight: 129 }, base).ok).toBe(false);
    expect(noWorseOnUnseen({ ...base, straightThrough: 69 }, base).ok).toBe(false);
  });
});
