/**
 * Letters as writers without Norwegian, Swedish or Danish letters on the keyboard write them
 * ("uforetrygd", "ufoeretrygd", "blaaresept", "tandvard") and as OCR reads them when it drops a ring
 * or a stroke. Two ways to read such a letter, each for its own use:
 *
 * - `foldDiacritics` folds a text to plain Latin letters, one letter for one: for features, where a
 *   folded word is only a hash key. "oe" and "aa" are left alone there ("poeng", "maal" stay words).
 * - `widened` widens a rule's pattern instead, so the rule reads the writer's own text: ø as ø, ö, o
 *   or oe; å as å, a or aa; æ as æ, ae, a or ä. A rule reader that keeps indices (the appeal clause,
 *   the decision date's sentence) then never takes an index on a folded text to the original, and a
 *   digraph is read only where a rule's word has the letter, so "poeng" never becomes "pøng".
 *
 * Both first read compatibility forms and drop format characters: a ligature ("beneﬁt") is its
 * letters, a soft hyphen or a zero-width space inside "Uføre­trygd" is nothing.
 */
const STROKES: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ß: 'ss', ẞ: 'SS', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
};
const STROKE_LETTERS = new RegExp(`[${Object.keys(STROKES).join('')}]`, 'gu');
const FORMAT = /\p{Cf}/gu;

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(FORMAT, '')
    .replace(/\p{M}+/gu, '')
    .replace(STROKE_LETTERS, (c) => STROKES[c] ?? c);
}

/**
 * The text a widened pattern is matched against: compatibility forms composed ("ﬁ" as "fi", "ö"
 * written as o and a combining diaeresis as "ö"), format characters dropped. Indices are into this
 * text, so a reader that keeps them reads this text throughout.
 */
export function readable(text: string): string {
  return text.normalize('NFKC').replace(FORMAT, '');
}

/** What a rule's letter also reads as. The Nordic siblings read each other: "förtidspension" is "førtidspension". */
const SPELLINGS: Record<string, readonly string[]> = {
  ø: ['ø', 'ö', 'o', 'oe'],
  ö: ['ö', 'ø', 'o', 'oe'],
  å: ['å', 'a', 'aa'],
  æ: ['æ', 'ä', 'ae', 'a'],
  ä: ['ä', 'æ', 'ae', 'a'],
};

/**
 * The spellings an exclusion reads: the sibling letter and the digraph, never the plain letter. Read
 * with the plain letter an exclusion excludes another word's text ("vår" as "var": "Pasienten var
 * medlem" would read as a representative's "vår medlem"), so it suppresses what it should not.
 */
const SURE_SPELLINGS: Record<string, readonly string[]> = {
  ø: ['ø', 'ö', 'oe'],
  ö: ['ö', 'ø', 'oe'],
  å: ['å', 'aa'],
  æ: ['æ', 'ä', 'ae'],
  ä: ['ä', 'æ', 'ae'],
};

const upper = (s: string) => s.toUpperCase();
/** A pattern's letter as the alternatives it reads, or null for a plain letter. */
function spellingsOf(letter: string, table: Record<string, readonly string[]> = SPELLINGS): readonly string[] | null {
  const lower = letter.toLowerCase();
  const listed = table[lower];
  if (listed) return letter === lower ? listed : [...listed.map(upper), ...listed.filter((s) => s.length > 1).map((s) => s[0]!.toUpperCase() + s.slice(1))];
  const plain = foldDiacritics(letter);
  return plain !== letter && /^\p{L}+$/u.test(plain) ? [letter, plain] : null;
}

/**
 * A pattern's source with every letter outside a character class widened to what it reads as. Inside
 * a class only one character fits, so a class gets the one-letter spellings added ("[øæ]" reads
 * "[øöoæäa]"), a negated class none. Escapes (\p{L}, \u00e5, \.) are copied as they stand.
 */
export function widenLetters(source: string, table: Record<string, readonly string[]> = SPELLINGS): string {
  let out = '';
  let inClass = false;
  let negated = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^\\[pPu]\{[^}]*\}/u.exec(source.slice(i));
      const escaped = property ? property[0] : source.slice(i, i + 2);
      out += escaped;
      i += escaped.length - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      // A negated class ("[^!?]") would exclude more with the spellings added: left as it stands.
      const spellings = negated ? null : spellingsOf(c, table);
      out += spellings ? [...new Set(spellings.filter((s) => s.length === 1))].join('') : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      negated = source[i + 1] === '^';
      out += c;
      continue;
    }
    const spellings = spellingsOf(c, table);
    out += spellings ? `(?:${spellings.join('|')})` : c;
  }
  return out;
}

const widenedPatterns = new WeakMap<RegExp, RegExp>();
/** The pattern with its letters widened (widenLetters), same flags; built once per pattern. */
export function widened(pattern: RegExp): RegExp {
  let w = widenedPatterns.get(pattern);
  if (!w) {
    w = new RegExp(widenLetters(pattern.source), pattern.flags);
    widenedPatterns.set(pattern, w);
  }
  return w;
}

const surelyWidenedPatterns = new WeakMap<RegExp, RegExp>();
/**
 * An exclusion's pattern widened only to spellings that cannot be another word (SURE_SPELLINGS):
 * "vår klient" as "vaar klient", never "var". For a rule's `unless…` pattern.
 */
export function widenedSurely(pattern: RegExp): RegExp {
  let w = surelyWidenedPatterns.get(pattern);
  if (!w) {
    w = new RegExp(widenLetters(pattern.source, SURE_SPELLINGS), pattern.flags);
    surelyWidenedPatterns.set(pattern, w);
  }
  return w;
}
