/** Words in some lines of text. */
export const wordsOf = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean).length;

/**
 * The page with further lines of its letter (its other pages' lines, in turn) until it holds `words`
 * words: generated letters carry ~90 words a page, real ones ~250-400 (MEASURED.md). Lines below the
 * page's foot are not printed (corpus/render.ts), so the page as printed may hold fewer.
 */
export function filledPage(page: string[], letter: string[][], words: number): string[] {
  const more = letter.flat().filter((line) => line.trim() !== '');
  const out = [...page];
  for (let i = 0; wordsOf(out) < words && more.length; i++) out.push(more[i % more.length]!);
  return out;
}
