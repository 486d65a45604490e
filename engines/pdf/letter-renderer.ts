import type { LettersConfig } from '#schemas/letters';
import { composeLetter, type LetterFacts } from '../../domain/letters/compose.ts';
import { renderLettersPdf } from './letter-pdf.ts';

/**
 * The LetterRenderer port over pdfkit: composes from the configured templates, renders PDF/A-1b. The
 * PDF's creation date is the letter's date, so the same letter renders to the same text and
 * metadata on a re-run.
 */
export const pdfLetterRenderer = {
  render(facts: LetterFacts, config: LettersConfig, title: string): Promise<Uint8Array> {
    return renderLettersPdf([composeLetter(facts, config)], { created: new Date(`${facts.letterDate}T08:00:00Z`), title });
  },
};
