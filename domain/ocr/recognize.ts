import type { Page, Worker } from 'tesseract.js';
import type { WordBox } from './page-text.ts';

export interface Recognized {
  text: string;
  /** Mean word confidence 0..1 (0 when nothing was read). */
  confidence: number;
  words: WordBox[];
}

/** Runs Tesseract on one prepared page (any image format Leptonica reads; we send PGM). */
export async function recognize(worker: Worker, image: Buffer): Promise<Recognized> {
  const { data } = await worker.recognize(image, {}, { text: true, blocks: true });
  const words = wordsOf(data);
  const confidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  return { text: normaliseText(data.text ?? ''), confidence, words };
}

function wordsOf(data: Page): WordBox[] {
  const words: WordBox[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          words.push({
            text,
            confidence: Math.max(0, Math.min(1, word.confidence / 100)),
            bbox: { x0: word.bbox.x0, y0: word.bbox.y0, x1: word.bbox.x1, y1: word.bbox.y1 },
          });
        }
      }
    }
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
