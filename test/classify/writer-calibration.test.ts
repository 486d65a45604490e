import { describe, expect, it } from 'vitest';
import { applyWriterCalibration, applyWriterMap, batchFolds, crossFitByBatch, fitWriterCalibration, fitWriterMap, type WriterPoint } from '#domain/classify/writer-calibration';
import { classifyDocument, loadModel, promotedModel } from '#domain/classify/index';
import { loadConfig } from '#config/load';
import { asTrained } from '../../scripts/promoted-as-trained.ts';

const point = (batch: string, confidence: number, correct: boolean, evidenceBacked = false, decision: WriterPoint['decision'] = 'newCase'): WriterPoint => ({ batch, decision, confidence, evidenceBacked, correct });
const repeat = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('the writer stage map', () => {
  it('is the identity when there is nothing to learn from', () => {
    const map = fitWriterMap([]);
    for (const c of [0.1, 0.5, 0.9, 0.99]) expect(applyWriterMap(map, c, true)).toBeCloseTo(c, 6);
  });

  it('raises the middle when new writers are right more often than their confidence says, and lowers a confident band that is often wrong', () => {
    const underconfident = fitWriterMap(repeat(60, (i) => point('b', 0.7, i % 20 !== 0)));
    expect(applyWriterMap(underconfident, 0.7, false)).toBeGreaterThan(0.85);
    const overconfident = fitWriterMap(repeat(60, (i) => point('b', 0.95, i % 3 !== 0)));
    expect(applyWriterMap(overconfident, 0.95, false)).toBeLessThan(0.9);
  });

  it('is pulled towards the identity: a handful of letters moves it less than many saying the same', () => {
    const few = fitWriterMap(repeat(6, () => point('b', 0.7, true)));
    const many = fitWriterMap(repeat(120, (i) => point('b', 0.7, i % 40 !== 0)));
    expect(applyWriterMap(few, 0.7, false)).toBeLessThan(applyWriterMap(many, 0.7, false));
  });

  it('learns the evidence covariate when backed answers are right and unbacked ones wrong at the same confidence, and ignores it when told to', () => {
    const points = [...repeat(40, () => point('b', 0.8, true, true)), ...repeat(40, (i) => point('b', 0.8, i % 2 === 0, false))];
    const withEvidence = fitWriterMap(points, { prior: 2, evidence: true, decisions: ['newCase'] });
    expect(withEvidence.g).toBeGreaterThan(1);
    expect(applyWriterMap(withEvidence, 0.8, true)).toBeGreaterThan(applyWriterMap(withEvidence, 0.8, false));
    expect(fitWriterMap(points, { prior: 2, evidence: false, decisions: ['newCase'] }).g).toBe(0);
  });

  it('fits each Link decision on its own letters, and keeps P(type right) at or above P(type and area right)', () => {
    const points = [...repeat(40, () => point('b', 0.9, false, false, 'newCase')), ...repeat(40, () => point('b', 0.9, true, false, 'mustLink'))];
    const cal = fitWriterCalibration(points, 'test', { prior: 2, evidence: false, decisions: ['newCase', 'mustLink'] });
    expect(applyWriterMap(cal.newCase, 0.9, false)).toBeLessThan(0.5);
    expect(applyWriterMap(cal.mustLink, 0.9, false)).toBeGreaterThan(0.95);
    const both = applyWriterCalibration({ ...cal, newCase: cal.mustLink, mustLink: cal.newCase }, { confidence: 0.9, typeConfidence: 0.9, evidenceBacked: false });
    expect(both.typeConfidence).toBeGreaterThanOrEqual(both.confidence);
    // A decision left out keeps the confidence it was given.
    const newCaseOnly = fitWriterCalibration(points, 'test', { prior: 2, evidence: false, decisions: ['newCase'] });
    expect(newCaseOnly.mustLink).toBeNull();
    expect(applyWriterCalibration(newCaseOnly, { confidence: 0.2, typeConfidence: 0.93, evidenceBacked: false }).typeConfidence).toBe(0.93);
  });
});

describe('cross-fitting by batch', () => {
  const letters = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'].flatMap((batch) => repeat(3, (i) => ({ batch, id: `${batch}-${i}` })));

  it('puts every batch in exactly one fold and keeps its letters together', () => {
    const folds = batchFolds(letters.map((l) => l.batch), 3);
    expect([...folds.keys()].sort()).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    expect(new Set(folds.values())).toEqual(new Set([0, 1, 2]));
    expect(() => batchFolds(['a', 'b'], 3)).toThrow();
    expect(() => batchFolds(['a', 'b'], 1)).toThrow();
  });

  it('never lets a fold\'s own letters reach the map that answers them, and answers every letter once', () => {
    const scoredBy = new Map<string, string[]>();
    crossFitByBatch(
      letters,
      3,
      (training) => training.map((l) => l.id),
      (seen, heldOut) =>
        heldOut.map((l) => {
          scoredBy.set(l.id, [...(scoredBy.get(l.id) ?? []), ...seen]);
          return l.id;
        }),
    );
    expect([...scoredBy.keys()].sort()).toEqual(letters.map((l) => l.id).sort());
    for (const l of letters) {
      const seen = scoredBy.get(l.id)!;
      expect(seen).not.toContain(l.id);
      // Nor any letter of its day.
      expect(seen.some((id) => id.startsWith(`${l.batch}-`))).toBe(false);
    }
  });

  it('answers a batch that is wrong where the others are right as the other batches taught, not as its own letters would', () => {
    const days = ['d1', 'd2', 'd3', 'd4'].flatMap((batch) => repeat(30, () => point(batch, 0.9, batch !== 'd4')));
    const outOfFold = crossFitByBatch(days, 4, (training) => fitWriterCalibration(training, 'fold'), (cal, held) => held.map((p) => applyWriterMap(cal.newCase, p.confidence, false)));
    const inSample = fitWriterCalibration(days, 'all');
    const d4 = outOfFold.filter((_, i) => days[i]!.batch === 'd4');
    // Its own wrong answers would have pulled its map down; out of fold it sees only right answers.
    expect(Math.min(...d4)).toBeGreaterThan(applyWriterMap(inSample.newCase, 0.9, false));
    expect(Math.min(...d4)).toBeGreaterThan(0.9);
  });
});

describe('the writer stage in the classifier', () => {
  const config = loadConfig();
  const base = asTrained(promotedModel().file);
  const sure = { a: 30, b: 1, g: 0 };

  it('moves the confidences the Link stage reads', () => {
    const text = 'Til klageinstansen\n\nJeg klager på vedtaket om sykepenger datert 3. mars. Jeg mener jeg har rett på sykepenger fordi legen har sykmeldt meg.\n\nHilsen Kari';
    const plain = classifyDocument(text, config, loadModel(base));
    const lifted = classifyDocument(text, config, loadModel({ ...base, writerCalibration: { newCase: sure, mustLink: sure, fittedOn: 'test' } }));
    expect(plain.confidence).toBeLessThan(0.9999);
    expect(lifted.confidence).toBeGreaterThan(0.9999);
    expect(lifted.detail.evidenceBacked).toBe(true);
  });

  it('never lifts an appeal that promises its grounds later above the review cap (the grounds deadline it opens)', () => {
    const text = 'Til Nav\n\nJeg klager på vedtaket datert 12.10.2026 om at AAP skal stanses. Jeg rekker ikke å skrive alt nå, flytter og har mye med barna. Sender mer så fort jeg kan.\n\nOla Nordmann';
    const loaded = loadModel({ ...base, writerCalibration: { newCase: sure, mustLink: sure, fittedOn: 'test' } });
    // With its class answering "appeal", the model can only call it an appeal: the case the cap is for.
    const noAdiClass = { ...loaded, type: { ...loaded.type, classes: loaded.type.classes.map((c) => (c === 'appeal_deadline_interrupting' ? 'appeal' : c)) } };
    const c = classifyDocument(text, config, noAdiClass);
    expect(c.documentType).toBe('appeal');
    expect(c.confidence).toBeLessThanOrEqual(0.5);
    expect(c.typeConfidence).toBeLessThanOrEqual(0.5);
  });

  it('is taken off a promoted model before the gate judges it (fitted on the calibration half, it would be in-sample there)', () => {
    const shipped = { ...base, writerCalibration: { newCase: sure, mustLink: sure, fittedOn: 'unseen-writers calibration half' } };
    expect(asTrained(shipped).writerCalibration).toBeUndefined();
    expect(asTrained(shipped).linkCalibration).toEqual(base.linkCalibration);
  });
});
