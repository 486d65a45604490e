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

/**
 * Whether a name read in another document (a follow-up, a bundle's appeal) is the person's on record: the same
 * words, or — only when that document's national id or case reference also names the person or their case
 * (`idOrReferenceMatches`) — words apart by nothing but the shapes OCR confuses («Bjøm» for «Bjørn», QA L46).
 * A near name alone is never enough: it would hand one person's letter to a relative.
 */
export function sameNamedPerson(onRecord: string, read: string, idOrReferenceMatches: boolean): boolean {
  const [a, b] = [words(onRecord), words(read)];
  if (a.length === 0 || a.length !== b.length) return false;
  return a.every((w, i) => w === b[i] || (idOrReferenceMatches && ocrFold(w) === ocrFold(b[i]!)));
}

function words(name: string): string[] {
  return name.toLowerCase().split(/[\s,]+/u).filter((w) => w !== '');
}

const GENERATION = /^(jr|sr|d\.?y|d\.?e|junior|senior)\.?$/u;
const isGeneration = (w: string) => GENERATION.test(w);

/** The shapes OCR takes one letter for (rn for m, cl for d, vv for w, li for h, ü for ii, 1, i and I for l, 0 for o). */
const OCR_SHAPES: [RegExp, string][] = [[/ü/gu, 'ii'], [/rn/gu, 'm'], [/cl/gu, 'd'], [/vv/gu, 'w'], [/li/gu, 'h'], [/[1i]/gu, 'l'], [/0/gu, 'o']];
const ocrFold = (w: string) => OCR_SHAPES.reduce((s, [re, to]) => s.replace(re, to), w);

function nearWord(a: string, b: string): boolean {
  return a === b || ocrFold(a) === ocrFold(b);
}
