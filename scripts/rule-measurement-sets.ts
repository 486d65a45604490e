/**
 * The letters a rule's precision is measured on (scripts/hard-cue-precision.ts, scripts/type-cue-precision.ts):
 * the generated training letters, the real OCR'd training scans, the held-out scans, the hand-written
 * unseen-style letters and the unseen-writer calibration half — the sets `npm run eval` prints except its
 * test half, which no rule is ever measured on.
 */
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

export interface MeasuredLetter {
  text: string;
  documentType: string;
}

export function ruleMeasurementSets(): [string, MeasuredLetter[]][] {
  return [
    ['generated train', generateCorpus({ seed: 424242, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), documentType: d.documentType }))],
    ['training scans', loadRecords('train-ocr')],
    ['held-out scans', loadRecords('eval-ocr')],
    ['unseen-style letters', loadRecords('unseen-ocr')],
    ['calibration half', half(loadUnseenWriters(), 'calibration')],
  ];
}
