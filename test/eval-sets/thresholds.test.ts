import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import type { PredictedLetter } from '../../eval-sets/unseen-writers/evaluate.ts';
import type { UnseenWriterRecord } from '../../eval-sets/unseen-writers/records.ts';
import { chooseThresholds, promisedWrongAmongRouted } from '../../eval-sets/unseen-writers/thresholds.ts';

const config = loadConfig();

/** A case-transfer letter that opens its own case (synthetic: no text is read here). */
function opener(id: string, confidence: number, right: boolean): PredictedLetter {
  const truth = { nationalIds: [], caseReferences: [`ref-${id}`], decisionDate: '2026-10-01', decisionReceivedDate: null, parties: undefined };
  const record: UnseenWriterRecord = {
    id, batch: `b-${id}`, style: 'first-instance-letter', documentType: 'case_transfer', area: 'dental', language: 'nb', linksTo: null,
    truth, format: 'pdf', textLayer: true, quality: 'clean', pages: 1, ocrConfidence: 1, text: '',
  };
  return { record, documentType: 'case_transfer', area: right ? 'dental' : 'pharmacy', language: 'nb', confidence, typeConfidence: 1, fields: { nationalIds: [], caseReferences: [`ref-${id}`], decisionDate: '2026-10-01', decisionReceivedDate: null } };
}

describe('thresholds chosen on the calibration half', () => {
  it('keeps out a confidently wrong letter when a threshold above it still lets the right ones through', () => {
    // 150 right at 0.999, one wrong at 0.997, five right at 0.996: routing all 156 is 0.64% wrong,
    // so the best pair routes the 150 only.
    const letters = [...Array.from({ length: 150 }, (_, i) => opener(`r${i}`, 0.999, true)), opener('w', 0.997, false), ...Array.from({ length: 5 }, (_, i) => opener(`m${i}`, 0.996, true))];
    const choice = chooseThresholds(letters, config, 0.005);
    expect(choice.metBudget).toBe(true);
    expect(choice.thresholds.newCase).toBeGreaterThan(0.997);
    expect(choice.simulation).toMatchObject({ routed: 150, routedWrong: 0, straightThrough: 150 });
  });

  it('lets one wrong letter through when the routed are many enough for it to stay within the budget', () => {
    // 1 wrong among 311 routed = 0.32%, and the confidences promise about 0.3% wrong.
    const letters = [...Array.from({ length: 300 }, (_, i) => opener(`r${i}`, 0.999, true)), opener('w', 0.97, false), ...Array.from({ length: 10 }, (_, i) => opener(`m${i}`, 0.96, true))];
    const choice = chooseThresholds(letters, config, 0.005);
    expect(promisedWrongAmongRouted(letters, config, { newCase: 0.96, mustLink: 0.96 })).toBeLessThan(0.005);
    expect(choice.simulation.straightThrough).toBe(311);
    expect(choice.simulation.routedWrong).toBe(1);
  });

  it('refuses a pair whose routed confidences promise more than the budget, even with none wrong as counted', () => {
    const letters = Array.from({ length: 50 }, (_, i) => opener(`r${i}`, 0.95, true));
    const choice = chooseThresholds(letters, config, 0.005);
    // Every letter is right, but a confidence of 0.95 promises 5% wrong: nothing is routed.
    expect(choice.simulation.routed).toBe(0);
  });

  it('says when no pair keeps the counted share within the budget', () => {
    const letters = [opener('w', 0.9995, false), ...Array.from({ length: 20 }, (_, i) => opener(`r${i}`, 0.9995, true))];
    const choice = chooseThresholds(letters, config, 0.005);
    expect(choice.metBudget).toBe(false);
  });
});
