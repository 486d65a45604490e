/**
 * Word boundaries for patterns over Norwegian, Swedish, Danish and English text. JavaScript's \b is
 * ASCII-only even with the u flag: it fails before «överklagar» or after «nå», so every rule reader
 * writes its boundaries with these lookarounds.
 */
export const WORD_START = '(?<![\\p{L}\\d])';
export const WORD_END = '(?![\\p{L}\\d])';

/** `body` as a whole word or phrase, case-insensitive. */
export const wholeWord = (body: string, flags = 'iu'): RegExp => new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
