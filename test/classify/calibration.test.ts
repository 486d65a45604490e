import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCalibration, fitIsotonic, reliabilityTable } from '#domain/classify/calibration';
import { gatedScore, score } from '#domain/classify/evaluate';

describe('isotonic calibration', () => {
  it('is monotone and within [0, 1] for any data', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.double({ min: 0, max: 1, noNaN: true }), correct: fc.boolean() }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 20 }), (points, minBlock) => {
        const cal = fitIsotonic(points, minBlock);
        for (let i = 1; i < cal.y.length; i++) expect(cal.y[i]!).toBeGreaterThanOrEqual(cal.y[i - 1]!);
        let previous = -Infinity;
        for (let s = 0; s <= 1.0001; s += 0.01) {
          const p = applyCalibration(cal, s);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(p).toBeGreaterThanOrEqual(previous - 1e-12);
          previous = p;
        }
      }),
    );
  });

  it('maps a score to the share that was right around it', () => {
    // Low scores right 1 in 4, high scores always right.
    const points = [
      ...Array.from({ length: 40 }, (_, i) => ({ score: 0.3, correct: i % 4 === 0 })),
      ...Array.from({ length: 40 }, () => ({ score: 0.9, correct: true })),
    ];
    const cal = fitIsotonic(points);
    expect(applyCalibration(cal, 0.3)).toBeCloseTo(0.25, 5);
    expect(applyCalibration(cal, 0.95)).toBe(1);
  });

  it('tables confidence against the share right', () => {
    const rows = reliabilityTable([
      { confidence: 0.95, correct: true },
      { confidence: 0.96, correct: false },
      { confidence: 0.2, correct: false },
    ]);
    const top = rows.find((r) => r.from === 0.95)!;
    expect(top.count).toBe(2);
    expect(top.accuracy).toBe(0.5);
  });
});

describe('held-out score', () => {
  const labelled = [
    { id: 'a', documentType: 'appeal', area: 'dental', language: 'nb' },
    { id: 'b', documentType: 'comments', area: 'dental', language: 'nb' },
    { id: 'c', documentType: 'comments', area: 'sick_pay', language: 'nb' },
    { id: 'd', documentType: 'appeal', area: 'sick_pay', language: 'nb' },
  ];
  const predicted = [
    // A new case: right only when the area is.
    { documentType: 'appeal', area: 'dental', language: 'nb', confidence: 0.95, typeConfidence: 0.99 },
    // Linked: takes its case's area, so the letter's area does not decide; the type confidence gates it.
    { documentType: 'comments', area: 'medical', language: 'nb', confidence: 0.6, typeConfidence: 0.97 },
    { documentType: 'comments', area: 'sick_pay', language: 'nb', confidence: 0.95, typeConfidence: 0.8 },
    { documentType: 'appeal', area: 'dental', language: 'nb', confidence: 0.92, typeConfidence: 0.99 },
  ];
  const mustLink = (type: string) => type === 'comments';

  it('counts straight-through on the joint confidence without a gate', () => {
    const s = score(labelled, predicted, 0.9);
    expect(s.straightThrough).toBe(0.75);
    expect(s.straightThroughError).toBeCloseTo(1 / 3);
  });

  it('counts straight-through as the Link stage decides when given the must-link types', () => {
    const s = score(labelled, predicted, 0.9, mustLink);
    // a (created, right), b (linked on its type confidence, right), d (created, wrong area); not c.
    expect(s.straightThrough).toBe(0.75);
    expect(s.straightThroughError).toBeCloseTo(1 / 3);
    expect(gatedScore(labelled, predicted, 0.9, mustLink)).toMatchObject({ linked: { n: 2, through: 1, wrong: 0 }, created: { n: 2, through: 2, wrong: 1 } });
    expect(score(labelled, predicted, 0.96, mustLink).straightThrough).toBe(0.25);
    expect(score(labelled, predicted, 0.96).straightThrough).toBe(0);
  });
});
