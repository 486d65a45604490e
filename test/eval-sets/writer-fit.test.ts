import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { loadModel, promotedModel } from '#domain/classify/index';
import { predictAll } from '../../eval-sets/unseen-writers/evaluate.ts';
import type { UnseenWriterRecord } from '../../eval-sets/unseen-writers/records.ts';
import { fitOnHalf, predictOutOfFold, withoutWriterMap } from '../../eval-sets/unseen-writers/writer-fit.ts';

const config = loadConfig();

// Synthetic letters (no eval-set file is read): appeals in four days, the last day's read wrong in area.
const texts = [
  'Til klageinstansen\n\nJeg klager på vedtaket om refusjon av tannbehandling datert 12.10.2026. Tannlegen har dokumentert periodontitt.\n\nHilsen Kari',
  'Klage\n\nJeg er uenig i avslaget på tannbehandling fra Helfo av 3.10.2026 og ber om at saken vurderes på nytt.\n\nOla',
  'Hei\n\nJeg klager på vedtaket om tannbehandling. Jeg har tapt tenner etter sykdom og mener jeg har rett på støtte.\n\nMvh Per',
];
function record(batch: string, i: number, area: string): UnseenWriterRecord {
  return {
    id: `${batch}-${i}`, batch, style: 'typed-letter', documentType: 'appeal', area, language: 'nb', linksTo: null,
    truth: { nationalIds: [], caseReferences: [], decisionDate: '2026-10-12', decisionReceivedDate: null, parties: undefined } as unknown as UnseenWriterRecord['truth'],
    format: 'pdf', textLayer: true, quality: 'clean', pages: 1, ocrConfidence: 1, text: texts[i % texts.length]!,
  };
}
const records = ['d1', 'd2', 'd3', 'd4'].flatMap((batch) => [0, 1, 2].map((i) => record(batch, i, batch === 'd4' ? 'pharmacy' : 'dental')));

describe('the calibration half out of fold', () => {
  it('never answers with the stage a model ships with: a shipped stage changes nothing out of fold', () => {
    const base = withoutWriterMap(promotedModel());
    const absurd = loadModel({ ...base.file, writerCalibration: { newCase: { a: -30, b: 1, g: 0 }, mustLink: null, fittedOn: 'test' } });
    const plain = predictOutOfFold(records, config, base, undefined, 4);
    const shipped = predictOutOfFold(records, config, absurd, undefined, 4);
    expect(shipped.map((p) => p.confidence)).toEqual(plain.map((p) => p.confidence));
    // While answering with it, as the product does, is very different.
    expect(Math.max(...predictAll(records, config, absurd).map((p) => p.confidence))).toBeLessThan(0.001);
  });

  it('answers the day that is wrong with a stage fitted on the right days only, so higher than the stage fitted on all of them', () => {
    const base = withoutWriterMap(promotedModel());
    const outOfFold = predictOutOfFold(records, config, base, undefined, 4).filter((p) => p.record.batch === 'd4');
    const inSample = predictAll(records, config, loadModel({ ...base.file, writerCalibration: fitOnHalf(records, config, base) })).filter((p) => p.record.batch === 'd4');
    expect(outOfFold).toHaveLength(3);
    for (const [i, p] of outOfFold.entries()) expect(p.confidence).toBeGreaterThan(inSample[i]!.confidence);
  });
});
