import { describe, expect, it } from 'vitest';
import { simulateBatch, summarize, type BatchLetter } from '../../domain/classify/batch-simulation.ts';
import { wilson, expectedCalibrationError } from '../../domain/classify/intervals.ts';

const mustLink = (t: string) => !['appeal', 'case_transfer', 'appeal_deadline_interrupting'].includes(t);
const needsDate = (t: string) => t === 'appeal';
const fields = (ids: string[], refs: string[] = []) => ({ nationalIds: ids, caseReferences: refs, decisionDate: '2026-10-01', decisionReceivedDate: null });

function letter(id: string, type: string, area: string, linksTo: string | null, confidence: number, over: Partial<BatchLetter['predicted']> = {}): BatchLetter {
  return {
    id, batch: 'b1',
    truth: { documentType: type, area, linksTo, fields: { decisionDate: '2026-10-01', decisionReceivedDate: null } },
    predicted: { documentType: type, area, confidence, typeConfidence: confidence, fields: fields(['01817012345']), ...over },
  };
}

describe('a day of mail through the Link stage\'s decisions', () => {
  const t = { newCase: 0.9, mustLink: 0.9 };

  it('a confident appeal opens the case and its follow-ups join it', () => {
    const out = simulateBatch([letter('a', 'appeal', 'dental', null, 0.97), letter('m', 'medical_declaration', 'dental', 'a', 0.95)], t, mustLink, needsDate);
    expect(out.map((o) => o.outcome)).toEqual(['routed', 'routed']);
    expect(out.every((o) => !o.wrong)).toBe(true);
  });

  it('follow-ups of an appeal in review wait beside it: one review item', () => {
    const out = simulateBatch([letter('a', 'appeal', 'dental', null, 0.5), letter('m', 'medical_declaration', 'dental', 'a', 0.95), letter('c', 'consent', 'dental', 'a', 0.99)], t, mustLink, needsDate);
    expect(out.map((o) => o.outcome)).toEqual(['review', 'waiting', 'waiting']);
    expect(out.slice(1).map((o) => o.waitsFor)).toEqual(['a', 'a']);
    expect(summarize(out)).toMatchObject({ reviewItems: 1, waiting: 2, straightThrough: 0, shouldRoute: 3 });
  });

  it('without waiting, each follow-up is a review item of its own', () => {
    const out = simulateBatch([letter('a', 'appeal', 'dental', null, 0.5), letter('m', 'medical_declaration', 'dental', 'a', 0.95)], t, mustLink, needsDate, false);
    expect(summarize(out).reviewItems).toBe(2);
  });

  it('a confident appeal read with the wrong area is routed and counted wrong', () => {
    const wrongArea = letter('a', 'appeal', 'dental', null, 0.95, { area: 'medical' });
    expect(simulateBatch([wrongArea], t, mustLink, needsDate)[0]).toMatchObject({ outcome: 'routed', wrong: true });
  });

  it('a follow-up of a case opened elsewhere rightly goes to review, and is not counted as one that should be routed', () => {
    const [o] = simulateBatch([letter('m', 'medical_declaration', 'dental', null, 0.99)], t, mustLink, needsDate);
    expect(o).toMatchObject({ outcome: 'review', shouldRoute: false });
  });

  it('a transfer letter that cannot see its appeal in review (no shared id read) opens the case, and that is right; its follow-ups join it', () => {
    const unreadable = letter('a', 'appeal', 'dental', null, 0.3, { fields: fields([]) });
    const out = simulateBatch([unreadable, letter('t', 'case_transfer', 'dental', 'a', 0.99), letter('m', 'medical_declaration', 'dental', 'a', 0.99)], t, mustLink, needsDate);
    expect(out.map((o) => o.outcome)).toEqual(['review', 'routed', 'routed']);
    expect(out.map((o) => o.wrong)).toEqual([false, false, false]);
  });

  it('a transfer letter that opens a second case beside the routed appeal is counted wrong', () => {
    const refOnly = letter('t', 'case_transfer', 'dental', 'a', 0.99, { fields: fields(['03877012345']) });
    const out = simulateBatch([letter('a', 'appeal', 'dental', null, 0.97), refOnly], t, mustLink, needsDate);
    expect(out[1]).toMatchObject({ outcome: 'routed', wrong: true });
  });

  it('a transfer letter whose appeal came another day opens a second case: wrong', () => {
    const [o] = simulateBatch([letter('t', 'case_transfer', 'dental', 'elsewhere', 0.99)], t, mustLink, needsDate);
    expect(o).toMatchObject({ outcome: 'routed', wrong: true });
  });

  it('a transfer letter that opens a case of its own beside its appeal routed into a wrong case is wrong', () => {
    const other = letter('x', 'appeal', 'dental', null, 0.97, { fields: fields(['05897012345']) });
    const misread = letter('a', 'appeal', 'dental', null, 0.97, { fields: fields(['05897012345']) });
    const transfer = letter('t', 'case_transfer', 'dental', 'a', 0.99, { fields: fields(['01817012345']) });
    const out = simulateBatch([other, misread, transfer], t, mustLink, needsDate);
    expect(out.map((o) => o.outcome)).toEqual(['routed', 'routed', 'routed']);
    expect(out[2]!.wrong).toBe(true);
  });

  it('an appeal that opens the case of a deadline-interrupting appeal waiting unread is wrong (grounds would open after they came)', () => {
    const adi = letter('i', 'appeal_deadline_interrupting', 'dental', null, 0.3, { fields: fields([]) });
    const out = simulateBatch([adi, letter('a', 'appeal', 'dental', 'i', 0.99)], t, mustLink, needsDate);
    expect(out[1]).toMatchObject({ outcome: 'routed', wrong: true });
  });

  it('a transfer letter for an appeal in review waits for it instead of opening a second case', () => {
    const out = simulateBatch([letter('a', 'appeal', 'dental', null, 0.5), letter('t', 'case_transfer', 'dental', 'a', 0.99)], t, mustLink, needsDate);
    expect(out[1]).toMatchObject({ outcome: 'waiting', waitsFor: 'a', wrong: false });
  });
});

// link19: a held follow-up's list line showed its joint confidence (0.12) beside P(type right) 0.91, and
// was read as "the area collapsed the gate". The outcome says which confidence the gate read, and how
// and whether rightly the letter found its case.
describe('what the gate read for a follow-up, and how it found its case', () => {
  const t = { newCase: 0.9, mustLink: 0.94 };
  const person = '01817012345';
  const other = '02827012345';
  // Type sure, area read as another than the case's: the joint confidence is the area's, not the gate's.
  const otherArea = { area: 'sick_pay', confidence: 0.16, typeConfidence: 0.99 };

  it('a follow-up on its case by reference is gated on P(type right), whatever area it reads', () => {
    const appeal = letter('a', 'appeal', 'dental', null, 0.97, { fields: fields([person], ['25/7712']) });
    const byRef = letter('m', 'medical_declaration', 'dental', 'a', 0.16, { ...otherArea, fields: fields([], ['25/7712']) });
    const [, m] = simulateBatch([appeal, byRef], t, mustLink, needsDate);
    expect(m).toMatchObject({ outcome: 'routed', wrong: false, reportedArea: 'dental', gatedConfidence: 0.99, matchedBy: 'case_reference', foundRightCase: true });
  });

  it('a follow-up held on its type says the type confidence it was held on, not the joint one', () => {
    const appeal = letter('a', 'appeal', 'medical', null, 0.97, { fields: fields([person], ['25/80031']) });
    const unsureType = letter('c', 'correspondence', 'medical', 'a', 0.12, { typeConfidence: 0.91, fields: fields([], ['25/80031']) });
    const [, c] = simulateBatch([appeal, unsureType], t, mustLink, needsDate);
    expect(c).toMatchObject({ outcome: 'review', heldBecause: 'below-threshold', gatedConfidence: 0.91, matchedBy: 'case_reference' });
  });

  it('by national id only with one case; a letter with no case, or one that opens it, reads the joint confidence', () => {
    const appeal = letter('a', 'appeal', 'dental', null, 0.97, { fields: fields([person]) });
    const byId = letter('m', 'consent', 'dental', 'a', 0.16, { ...otherArea, fields: fields([person]) });
    const stranger = letter('x', 'consent', 'dental', null, 0.16, { ...otherArea, fields: fields([other]) });
    const [a, m, x] = simulateBatch([appeal, byId, stranger], t, mustLink, needsDate);
    expect(a).toMatchObject({ gatedConfidence: 0.97, matchedBy: null, foundRightCase: null });
    expect(m).toMatchObject({ outcome: 'routed', gatedConfidence: 0.99, matchedBy: 'national_id', foundRightCase: true });
    expect(x).toMatchObject({ outcome: 'review', heldBecause: 'no-case', gatedConfidence: 0.16, matchedBy: null });
  });

  it('says when the case a reference found is not the letter\'s own, even when it was held', () => {
    const appeal = letter('a', 'appeal', 'dental', null, 0.97, { fields: fields([person], ['25/1']) });
    const strayed = letter('m', 'comments', 'dental', null, 0.5, { typeConfidence: 0.5, fields: fields([other], ['25/1']) });
    const [, m] = simulateBatch([appeal, strayed], t, mustLink, needsDate);
    expect(m).toMatchObject({ outcome: 'review', matchedBy: 'case_reference', foundRightCase: false });
  });
});

describe('intervals and calibration error', () => {
  it('Wilson: 0 of 100 still leaves room above zero; k of n brackets k/n', () => {
    expect(wilson(0, 100).low).toBe(0);
    expect(wilson(0, 100).high).toBeGreaterThan(0.03);
    const ci = wilson(92, 100);
    expect(ci.low).toBeLessThan(0.92);
    expect(ci.high).toBeGreaterThan(0.92);
    expect(ci.high - ci.low).toBeLessThan(wilson(46, 50).high - wilson(46, 50).low);
  });

  it('ECE is 0 for a perfectly calibrated set and grows with overconfidence', () => {
    const calibrated = [...Array(10)].map((_, i) => ({ confidence: 0.8, correct: i < 8 }));
    const overconfident = [...Array(10)].map((_, i) => ({ confidence: 0.99, correct: i < 5 }));
    expect(expectedCalibrationError(calibrated)).toBeCloseTo(0, 6);
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.49, 2);
  });
});
