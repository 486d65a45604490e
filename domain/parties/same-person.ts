/**
 * Whether two writings of a name can be one person's: the same words, one of them with a middle
 * name the other leaves out ("Kari Nordmann" and "Kari Elise Nordmann"), or a word one OCR misread
 * apart ("Nordmann" and "Nordrnann"). Used where a form writes a person twice and a difference
 * would otherwise make a second person. Only the letter shapes OCR confuses count as a misreading: one
 * letter apart in general would make Kristian and Kristin, Karin and Karen, Maria and Marie — relatives
 * who share a surname — one person. A generational suffix (jr, sr, d.y., d.e.) on one side only makes two.
 */
export function samePerson(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.length === 0) return false;
  // "Kari" alone is too little to tie to "Kari Nordmann"; two words the longer has, in order, are enough.
  if (short.length === 1 && long.length > 1) return false;
  if (short.some(isGeneration) !== long.some(isGeneration)) return false;
  let at = 0;
  for (const w of short) {
    while (at < long.length && !nearWord(w, long[at]!)) at++;
    if (at === long.length) return false;
    at++;
  }
  return true;
}

function words(name: string): string[] {
  return name.toLowerCase().split(/[\s,]+/u).filter((w) => w !== '');
}

const GENERATION = /^(jr|sr|d\.?y|d\.?e|junior|senior)\.?$/u;
const isGeneration = (w: string) => GENERATION.test(w);

/** The shapes OCR takes one letter for (rn for m, cl for d, vv for w, li for h, 1, i and I for l, 0 for o). */
const OCR_SHAPES: [RegExp, string][] = [[/rn/gu, 'm'], [/cl/gu, 'd'], [/vv/gu, 'w'], [/li/gu, 'h'], [/[1i]/gu, 'l'], [/0/gu, 'o']];
const ocrFold = (w: string) => OCR_SHAPES.reduce((s, [re, to]) => s.replace(re, to), w);

function nearWord(a: string, b: string): boolean {
  return a === b || ocrFold(a) === ocrFold(b);
}
