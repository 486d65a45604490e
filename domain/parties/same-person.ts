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
 * words, or — only when that document's national id is the record's person's own (`ownIdMatches`; a case
 * reference or another party's id is not enough) — words apart by nothing but a shape OCR misreads, in the
 * direction OCR errs («Bjøm» read for «Bjørn», QA L46; never «Kari» for «Karl»). A near name alone is never
 * enough: it would hand one person's letter to a relative.
 */
export function sameNamedPerson(onRecord: string, read: string, ownIdMatches: boolean): boolean {
  const [a, b] = [words(onRecord), words(read)];
  if (a.length === 0 || a.length !== b.length) return false;
  return a.every((w, i) => w === b[i] || (ownIdMatches && misreadOf(w, b[i]!)));
}

/**
 * The true shape on record and what OCR reads for it, one way only: strokes run together («rn» → «m», «ii» → «ü»,
 * «cl» → «d», «li» → «h», «vv» → «w»), «l» → «1», «o» → «0», and a capital «I» (lowercased «i») → «l» at a
 * name's start only — a mid-word «i» read «l» would make Kari and Karl, Maria and Marla one person.
 */
const MISREADS: readonly (readonly [string, string, 'start'?])[] = [['rn', 'm'], ['ii', 'ü'], ['cl', 'd'], ['li', 'h'], ['vv', 'w'], ['l', '1'], ['o', '0'], ['i', 'l', 'start']];

/** Whether `read` is `onRecord` with some of its shapes misread as MISREADS has them (each at most once per place). */
function misreadOf(onRecord: string, read: string, i = 0, j = 0): boolean {
  if (i === onRecord.length || j === read.length) return i === onRecord.length && j === read.length;
  if (onRecord[i] === read[j] && misreadOf(onRecord, read, i + 1, j + 1)) return true;
  return MISREADS.some(([truth, misread, where]) => (where !== 'start' || i === 0) && onRecord.startsWith(truth, i) && read.startsWith(misread, j) && misreadOf(onRecord, read, i + truth.length, j + misread.length));
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
