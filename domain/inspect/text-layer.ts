/**
 * Whether a PDF page's extracted text is a real text layer worth using instead of OCR. A scan has
 * none (only page separators), a scan with a stamped page number has a few characters, and a PDF with
 * fonts lacking a Unicode map yields private-use or replacement characters: all three go to OCR.
 */
const MIN_WORD_CHARS = 20;

// A broken ToUnicode map gives letters that are not the page's letters: judged by text-plausibility.ts.
import { looksLikeLanguage } from './text-plausibility.ts';

export function hasRealTextLayer(text: string): boolean {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < MIN_WORD_CHARS) return false;
  let wordChars = 0;
  let junk = 0;
  for (const c of chars) {
    if (/[\p{L}\p{N}]/u.test(c)) wordChars++;
    else if (/[\uFFFD\p{Co}\p{Cc}]/u.test(c)) junk++;
  }
  return wordChars >= MIN_WORD_CHARS && wordChars / chars.length >= 0.6 && junk / chars.length < 0.05 && looksLikeLanguage(text);
}
