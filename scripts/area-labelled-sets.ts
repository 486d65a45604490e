/**
 * The letters whose true area is known, for scripts that measure an area rule's precision on letters it was not
 * built from: generated training and eval-family letters (seed 7), the training and held-out scans, and the
 * unseen-writer calibration half (never the test half). Case-opening types are listed: a linked letter takes its
 * case's area, so an area hold matters only on these.
 */
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadSplit, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

export interface AreaLabelled { id: string; area: string; text: string; documentType?: string }
export const CASE_OPENERS: ReadonlySet<string> = new Set(['appeal', 'appeal_deadline_interrupting', 'case_transfer']);

const generated = (split: 'train' | 'eval', count: number): AreaLabelled[] =>
  generateCorpus({ seed: 7, split, count }).map((d) => ({ id: d.id, area: d.area, text: docText(d), documentType: d.documentType }));

export function areaLabelledSets(): [string, AreaLabelled[]][] {
  return [
    ['generated training letters', generated('train', 6000)],
    ['generated eval-family letters', generated('eval', 3000)],
    ['training scans', loadRecords('train-ocr')],
    ['held-out scans', loadRecords('eval-ocr')],
    ['unseen writers, calibration half', half(loadUnseenWriters(), 'calibration', loadSplit())],
  ];
}
