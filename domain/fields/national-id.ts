import { prepareText } from './text.ts';

/**
 * Norwegian national identity numbers (fødselsnummer and its relatives): DDMMYY + 3-digit individual
 * number + 2 mod-11 check digits. SPEC.md asks for 100 % precision, so a candidate is only ever
 * reported when both check digits hold on the digits as read; nothing is "repaired".
 *
 * Nothing in this module logs: the values are personal data.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function mod11CheckDigit(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const check = (11 - (sum % 11)) % 11;
  // Remainder 1 gives 10, which no single digit can carry: such individual numbers are never issued.
  return check === 10 ? null : check;
}

/**
 * The two check digits for a 9-digit body (birth date + individual number), or null when the body
 * cannot carry valid check digits. Exported for fixture generators.
 */
export function checkDigitsFor(body: string): string | null {
  if (!/^\d{9}$/.test(body)) return null;
  const digits = [...body].map(Number);
  const k1 = mod11CheckDigit(digits, K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = mod11CheckDigit([...digits, k1], K2_WEIGHTS);
  if (k2 === null) return null;
  return `${k1}${k2}`;
}

function hasValidCheckDigits(digits: string): boolean {
  return checkDigitsFor(digits.slice(0, 9)) === digits.slice(9);
}

function daysInMonth(month: number, twoDigitYear: number): number {
  if (month === 2) {
    // The century lives in the individual number, and for D-numbers not even reliably there; every
    // year divisible by 4 is a leap year in at least one century a living person can be born in
    // (1900 is not, 2000 is), so Feb 29 is accepted for all of them.
    return twoDigitYear % 4 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The birth date part, after the offsets the registers use: D-number day + 40, H-number month + 40,
 * synthetic test number month + 80 (Skatteetaten's Tenor; Tenor also issues synthetic D-numbers, so
 * day + 40 combines with month + 80). H-numbers are health-sector numbers for people without a
 * national number, so they do not combine with a D-number day.
 */
function hasValidDatePart(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  const isDNumber = day > 40;
  const realDay = isDNumber ? day - 40 : day;
  let realMonth: number;
  if (month >= 81 && month <= 92) realMonth = month - 80;
  else if (month >= 41 && month <= 52 && !isDNumber) realMonth = month - 40;
  else if (month >= 1 && month <= 12) realMonth = month;
  else return false;
  return realDay >= 1 && realDay <= daysInMonth(realMonth, year);
}

/** 11 digits, a real (possibly offset) birth date and both mod-11 check digits. */
export function isValidNationalId(digits: string): boolean {
  return /^\d{11}$/.test(digits) && hasValidDatePart(digits) && hasValidCheckDigits(digits);
}

// Characters OCR confuses with digits inside a number. Whatever they map to must still validate.
const OCR_DIGIT: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1', S: '5' };
const DIGITISH = '[0-9OoIl|S]';
const SEPARATOR = '(?:[ \\t]{1,2}|-)';
/** How people and forms group the 11 digits: as one run, DDMMYY IIIKK, DD MM YY III KK and mixtures. */
const GROUPINGS: readonly (readonly number[])[] = [[11], [6, 5], [2, 2, 2, 3, 2], [2, 2, 2, 5], [6, 3, 2]];
const GROUPED = GROUPINGS.map((groups) => groups.map((n) => `${DIGITISH}{${n}}`).join(SEPARATOR));
/**
 * A line wrap between the birth date and the personal number ("f.nr. 259147\n11846"). Two numbers
 * on adjacent lines (a customer number over a Swedish postcode) could also read that way, so a
 * wrapped candidate only counts right after an id label (WRAPPED_ID_LABEL).
 */
const WRAPPED = `${DIGITISH}{6}[ \\t]*\\n[ \\t]*${DIGITISH}{5}`;
/**
 * Not glued to a word or another number (a longer digit run, an account number 1234.56.78901, a
 * reference like 2025/12345 or TR-…), and not directly following a digit group across one separator,
 * which would make the grouping ambiguous.
 */
const BEFORE = '(?<![\\p{L}\\p{N}_+/\\\\])(?<!\\p{N}[ \\t.,\\-/])(?<![\\p{L}\\p{N}]-)';
const AFTER = '(?![\\p{L}\\p{N}_/\\\\])(?![ \\t.,\\-/]\\p{N})';
const CANDIDATE = new RegExp(`${BEFORE}(?:${[...GROUPED, WRAPPED].join('|')})${AFTER}`, 'gu');
/** Kept low so a word cannot turn into an id; OCR rarely garbles more than a couple of digits. */
const MAX_OCR_SUBSTITUTIONS = 2;
/**
 * Numbers that have their own 11-digit formats with their own check digits (bank accounts, KID
 * payment references) or are never ids (phones, organisation and invoice numbers). A number right
 * after one of these labels is not reported even when it happens to validate.
 */
const OTHER_NUMBER_LABEL =
  /(?:konto(?:nummer|nr)?|kto|bankkonto|account(?:\s+(?:no|number))?|iban|bic|swift|kid(?:-?nr|-?nummer)?|org(?:anisasjons)?\.?\s?(?:nr|nummer)|foretaksnr|tlf|telefon(?:nummer)?|mobil(?:nummer)?|mob|tel|phone|fax|telefaks|faktura(?:nr|nummer)|invoice\s+(?:no|number)|ordre(?:nr|nummer))\.?\s*(?:nr\.?|no\.?)?\s*[:.]?\s*$/iu;

const WRAPPED_ID_LABEL =
  /(?<![\p{L}])(?:f\.?\s?nr|fnr|fødselsn(?:ummer|r)|fødselsnumm?er|personn(?:ummer|r)|pnr|d-n(?:ummer|r)|national (?:id(?:entity)? )?(?:number|no)|identity number|personal number)\.?[ \t]*[:.]?[ \t]*\(?[ \t]*$/iu;

/**
 * A second, looser reading where a label announces an id or parentheses hold one after a name: OCR
 * splits and speckles numbers ("fnr 2784 88 22707", "F.nr. 2-78464 33371", "Fnr.: 2.7899417483",
 * "(05908i8 49940)", "født26837829576"). Any spacing of up to three blanks between digits, and up to
 * two stray marks (. - · ' i) that are dropped; both mod-11 check digits must still hold on what is
 * left, so a speck never turns another number into an id — and without the label or the
 * parentheses nothing is read this way.
 */
const STRAY = "[.\\-·'’i]";
const LOOSE_GAP = `(?:[ \\t]{1,3}|${STRAY}[ \\t]?|[ \\t]${STRAY})?`;
const LOOSE_BODY = `${DIGITISH}(?:${LOOSE_GAP}${DIGITISH}){10}`;
const LOOSE = new RegExp(`(?<![\\p{N}/\\\\])${LOOSE_BODY}(?![ \\t]{0,3}[.\\-/]?\\p{N})(?![\\p{L}])`, 'gu');
const LOOSE_ID_LABEL =
  /(?<![\p{L}])(?:f\.?\s?nr|fnr|fødselsn(?:ummer|r)|fødselsnumm?er|personn(?:ummer|r)|pnr|d-n(?:ummer|r)|national (?:id(?:entity)? )?(?:number|no)|identity number|personal number|født|fødd|född|born)\.?[ \t]*[:.]?[ \t]*\(?[ \t]*$/iu;
const MAX_STRAY = 2;

export interface NationalIdMatch {
  /** Normalised: 11 digits. */
  value: string;
  start: number;
  end: number;
}

function normaliseCandidate(raw: string): { digits: string; substitutions: number } {
  let digits = '';
  let substitutions = 0;
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (OCR_DIGIT[ch] !== undefined) {
      digits += OCR_DIGIT[ch];
      substitutions++;
    }
  }
  return { digits, substitutions };
}

/** Every valid national id in the text with where it was written, in order of appearance (duplicates kept). */
export function findNationalIdMatches(text: string): NationalIdMatch[] {
  const found: NationalIdMatch[] = [];
  const candidates = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const { digits, substitutions } = normaliseCandidate(raw);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (
      digits.length !== 11 ||
      substitutions > MAX_OCR_SUBSTITUTIONS ||
      !isValidNationalId(digits) ||
      OTHER_NUMBER_LABEL.test(text.slice(Math.max(lineStart, start - 40), start)) ||
      (raw.includes('\n') && !WRAPPED_ID_LABEL.test(text.slice(Math.max(lineStart, start - 40), start)))
    ) {
      // A rejected candidate may overlap a valid one written with another grouping.
      candidates.lastIndex = start + 1;
      continue;
    }
    found.push({ value: digits, start, end: start + raw.length });
  }
  return [...found, ...looseMatches(text, found)].sort((a, b) => a.start - b.start);
}

/** Ids the strict grouping missed, read the looser way (LOOSE) where a label or parentheses announce them. */
function looseMatches(text: string, strict: readonly NationalIdMatch[]): NationalIdMatch[] {
  const found: NationalIdMatch[] = [];
  const candidates = new RegExp(LOOSE.source, LOOSE.flags);
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(Math.max(lineStart, start - 40), start);
    const { digits, substitutions } = normaliseCandidate(raw);
    const strays = [...raw].filter((ch) => !/[0-9\s]/u.test(ch) && OCR_DIGIT[ch] === undefined).length;
    const announced = LOOSE_ID_LABEL.test(before) || (/\([ \t]?$/u.test(before) && /^[ \t]?\)/u.test(text.slice(end)));
    if (
      !announced ||
      digits.length !== 11 ||
      strays > MAX_STRAY ||
      substitutions > MAX_OCR_SUBSTITUTIONS ||
      !isValidNationalId(digits) ||
      strict.some((m) => m.start < end && start < m.end)
    ) {
      candidates.lastIndex = start + 1;
      continue;
    }
    found.push({ value: digits, start, end });
  }
  return found;
}

/** National ids normalised to 11 digits, unique, in order of appearance. */
export function findNationalIds(text: string): string[] {
  return [...new Set(findNationalIdMatches(prepareText(text)).map((m) => m.value))];
}

const UNGUARDED_LOOSE = new RegExp(`(?<!\\p{N})${LOOSE_BODY}(?!\\p{N})`, 'gu');
const MIN_REAL_DIGITS = 6;

/**
 * Where an id may be written, whether or not it is one: every strict grouping (CANDIDATE) and every
 * looser spelling (LOOSE's digits, gaps and specks, with no label asked for and no guard against a
 * neighbouring number), before any date or check digit is looked at. For hiding people from a text,
 * where an id with a misread digit is still somebody's: never for reading ids. A stretch with fewer
 * than six real digits is left alone, so a word of O, l and S is never one.
 */
export function nationalIdCandidates(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of [CANDIDATE, UNGUARDED_LOOSE]) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      if ((match[0].match(/\d/gu)?.length ?? 0) >= MIN_REAL_DIGITS) spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
