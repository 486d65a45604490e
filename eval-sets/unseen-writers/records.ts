/**
 * The unseen-writer set as evaluation reads it: the OCR'd letters (data/ocr.jsonl, written by
 * scripts/ocr-unseen-writers.ts) and the split of their batches into a calibration half and a test
 * half (split.json, made once by scripts/split-unseen-writers.ts and committed). Evaluation code
 * only: training refuses to read anything under eval-sets/ (corpus/training-guard.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedFields } from '../../schemas/fields.ts';

export interface UnseenWriterRecord {
  id: string;
  batch: string;
  style: string;
  documentType: string;
  area: string;
  language: string;
  linksTo: string | null;
  truth: ExtractedFields & { parties: unknown };
  format: string;
  textLayer: boolean;
  quality: string;
  pages: number;
  ocrConfidence: number;
  text: string;
}

export type Half = 'calibration' | 'test';

export interface Split {
  seed: string;
  calibration: string[];
  test: string[];
}

export const ocrFile = fileURLToPath(new URL('./data/ocr.jsonl', import.meta.url));
export const splitFile = fileURLToPath(new URL('./split.json', import.meta.url));

/**
 * Batches ordered by a seeded hash, then dealt alternately to the two halves: whole days stay on one
 * side (a follow-up is never calibrated on while its case is tested), and the halves are as equal as
 * the batches allow.
 */
export function splitBatches(batches: string[], seed: string): Split {
  const order = [...new Set(batches)].sort((a, b) => hashOf(seed, a).localeCompare(hashOf(seed, b)));
  return { seed, calibration: order.filter((_, i) => i % 2 === 0).sort(), test: order.filter((_, i) => i % 2 === 1).sort() };
}

function hashOf(seed: string, batch: string): string {
  return createHash('sha256').update(`${seed}:${batch}`).digest('hex');
}

export function loadSplit(): Split {
  return JSON.parse(readFileSync(splitFile, 'utf8')) as Split;
}

export function loadUnseenWriters(): UnseenWriterRecord[] {
  if (!existsSync(ocrFile)) throw new Error(`${ocrFile} is missing: run npx tsx scripts/ocr-unseen-writers.ts`);
  return readFileSync(ocrFile, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as UnseenWriterRecord);
}

/** The records of one half, in arrival order. A batch the split does not know is an error: a new slice is split on purpose, never by accident. */
export function half(records: UnseenWriterRecord[], which: Half, split: Split = loadSplit()): UnseenWriterRecord[] {
  const unknown = [...new Set(records.map((r) => r.batch))].filter((b) => !split.calibration.includes(b) && !split.test.includes(b));
  if (unknown.length) throw new Error(`batches not in ${splitFile}: ${unknown.join(', ')}`);
  const mine = new Set(split[which]);
  return records.filter((r) => mine.has(r.batch));
}
