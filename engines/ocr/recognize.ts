import type { Worker } from 'tesseract.js';
import type { WordBox } from './page-text.ts';

export interface Recognized {
  text: string;
  /** Mean word confidence 0..1 (0 when nothing was read). */
  confidence: number;
  words: WordBox[];
}

export interface RecognizeOptions {
  /** Resolution of the image, so Tesseract need not guess it. */
  dpi?: number | undefined;
  /** Only this part of the image is read (the page's inked area); word boxes stay in image pixels. */
  rectangle?: { left: number; top: number; width: number; height: number } | undefined;
}

/**
 * Runs Tesseract on one prepared page (any image format Leptonica reads; we send PGM). Words come from
 * the TSV output: it has every word's box and confidence, which is all the page needs, whereas the
 * `blocks` tree (symbols, choices, JSON) cost ~10% of the recognition time (measured, bench-ocr).
 */
export async function recognize(worker: Worker, image: Buffer, options: RecognizeOptions = {}): Promise<Recognized> {
  const { data } = await worker.recognize(
    image,
    {
      ...(options.dpi ? { user_defined_dpi: String(Math.round(options.dpi)) } : {}),
      ...(options.rectangle ? { rectangle: options.rectangle } : {}),
    },
    { text: true, tsv: true, blocks: false },
  );
  const words = wordsOfTsv(data.tsv ?? '');
  const confidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  return { text: normaliseText(data.text ?? ''), confidence, words };
}

const WORD_LEVEL = '5';

/**
 * Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text;
 * level 5 rows are words. The text is the last column and may itself hold a tab only in theory
 * (Tesseract splits words on white space), so everything after the 11th tab is taken as the text.
 */
export function wordsOfTsv(tsv: string): WordBox[] {
  const words: WordBox[] = [];
  for (const row of tsv.split('\n')) {
    if (!row.startsWith(WORD_LEVEL + '\t')) continue;
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const text = cells.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = cells.slice(6, 11).map(Number) as [number, number, number, number, number];
    if (![left, top, width, height, conf].every(Number.isFinite)) continue;
    words.push({
      text,
      confidence: Math.max(0, Math.min(1, conf / 100)),
      bbox: { x0: left, y0: top, x1: left + width, y1: top + height },
    });
  }
  return words;
}

/** Tesseract ends lines with spaces and pads paragraphs; trailing noise only costs the classifier. */
function normaliseText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
