import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedFields } from '../schemas/fields.ts';

/** One OCR'd corpus document as scripts/generate-corpus.ts stores it (corpus/data/*.jsonl). */
export interface CorpusRecord {
  id: string;
  family: string;
  documentType: string;
  area: string;
  language: string;
  truth: ExtractedFields;
  format: string;
  textLayer: boolean;
  ocrConfidence: number;
  /** What the product's OCR (or the PDF text layer) read. */
  text: string;
  /** The text as printed (train-ocr only): the other half of the pairs the noise model learns from. */
  clean?: string;
}

export const corpusFile = (name: 'eval-ocr' | 'train-ocr' | 'unseen-ocr') => fileURLToPath(new URL(`./data/${name}.jsonl`, import.meta.url));

export function loadRecords(name: 'eval-ocr' | 'train-ocr' | 'unseen-ocr'): CorpusRecord[] {
  const file = corpusFile(name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run corpus`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRecord);
}
