import type { IsoDate } from '#schemas/taxonomy';

/**
 * Dates as they are written in letters in bokmål, nynorsk, Swedish, Danish and English, read
 * tolerantly of OCR (O for 0, l or I for 1, stray or missing spaces) but strictly as calendar dates:
 * 31.02.2025 is no date.
 */

const MONTHS: Record<string, number> = {
  januar: 1, januari: 1, january: 1, jan: 1,
  februar: 2, februari: 2, february: 2, feb: 2, febr: 2,
  mars: 3, marts: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, maj: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, augusti: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};
// Longest first, so "mars" is not read as "mar" + "s".
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A month name as a hand or OCR misspells it («oktobr», «novmber», «Octobr»): one letter dropped, added or changed
 * in a full name of six letters or more, its first three letters right. Only ever read right after a day's number
 * (DAY_MONTH_NAME), where no other word of that shape stands.
 */
const MISSPELT_MONTH = '\\p{L}{5,11}';
const FULL_MONTH_NAMES = Object.keys(MONTHS).filter((name) => name.length >= 6);

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A digit as OCR may render it. */
const D = '[0-9OoIl|]';
const SP = '[ \\t]*';
// OCR doubles a separator ("27. .04.2024") and reads a full stop as a colon ("11:10.2024").
const NUMERIC = `(${D}{1,2})${SP}([./-])(?:${SP}\\2)?${SP}(${D}{1,2})${SP}\\2${SP}(${D}{4}|${D}{2})`;
const NUMERIC_COLON = `(${D}{1,2}):(${D}{1,2})${SP}\\.${SP}(${D}{4})`;
/** «2/3-25», «4/4-2025»: day and month by a slash, the year by a hyphen, as Norwegians write by hand (OCR spaces them: «3 / 10 - 26»). */
const SLASH_HYPHEN = `(${D}{1,2})${SP}/${SP}(${D}{1,2})${SP}-${SP}(${D}{4}|${D}{2})`;
/**
 * Words that tie a date right after them to what stands before («vedtak datert/av …», «decision dated/of …»): the
 * one list, decision-dates.ts reads the decision's date by it too.
 */
export const DATING_WORDS: ReadonlySet<string> = new Set(['datert', 'dater', 'dagsett', 'daterat', 'daterad', 'dateret', 'dated', 'av', 'af', 'of']);
/**
 * «vedtak av 3/10», «decision of 3/10»: day and month by a slash with no year, read only right after a dating word
 * («av», «af», «of», «datert», «dated» …, never «fra/from»: «fra 1/2 til 1/3 stilling»), and not before what makes it a
 * share («av», «G», «kr», «%», «stilling» …). Elsewhere «1/3» is a share or a score («en score av 3/10»), so the mention
 * carries `slash` and decision-dates.ts takes it as the decision's only with nothing but the owner or «den» between the
 * decision noun and the dating word («vedtaket ditt av 3/10»), never after what the decision is about («vedtaket om
 * reduksjon av 1/3»).
 */
const SLASH_YEARLESS = `(${D}{1,2})/(${D}{1,2})`;
/**
 * What may follow «av 3/10» when it is a date: the end of the line or a sentence, or a word that starts what is said
 * next («vedtaket av 3/10 om AAP», «… er feil», «… fordi»). Any other word makes it a share of that word: «av 1/2
 * uføregrad», «av 2/3 uføretrygd», «av 1/4 stillingsandel», «av 1/1-stilling» (QA s23: read as 1 February, a wrong
 * deadline). A list of function words, not of benefit words, so a share of a word no list names is not a date either.
 */
const FOLLOWS_A_YEARLESS_SLASH: ReadonlySet<string> = new Set([
  // nb/nn/da
  'om', 'er', 'var', 'ble', 'blei', 'vart', 'blev', 'og', 'men', 'fordi', 'der', 'hvor', 'kor', 'som', 'da', 'då', 'med',
  'i', 'på', 'jeg', 'eg', 'dere', 'dykk', 'de', 'har', 'hadde', 'angående', 'vedrørende', 'ang', 'vedr', 'gjeld', 'gjelder',
  'fikk', 'fekk', 'fik', 'mottok', 'fra', 'frå', 'hvilket', 'noe', 'nå', 'no', 'kan', 'må', 'skal', 'vil',
  // sv
  'är', 'och', 'jag', 'där', 'gällande', 'eftersom', 'som', 'fick', 'från',
  // en
  'on', 'is', 'was', 'and', 'about', 'regarding', 'concerning', 'which', 'that', 'because', 'where', 'as', 'but', 'received', 'from',
  // Session 24: words main read right after «av 3/10» that the list above dropped (a reason, an addressee, an office).
  'siden', 'sidan', 'ettersom', 'til', 'for', 'ved', 'hvori', 'angåande', 'rörande', 'idet', 'to', 'by', 'in',
]);
/**
 * Words that link a share to what it is a share of («av 1/2 i uføregrad», «av 1/2 på uføretrygd», «of 1/2 on
 * disability»), and the words of a share: after one of these, such a word makes «1/2» a share, not a date.
 */
const SHARE_LINKS: ReadonlySet<string> = new Set(['i', 'på', 'med', 'som', 'on', 'in', 'as', 'til', 'to', 'of', 'av']);
const SHARE_NOUN = /^(?:uføregrad|uføretrygd|uførgrad|stilling|disability|g|aap|arbeidstid|%)/iu;
const SHARE_NOUN_EXACT = new Set(['g', 'aap']);
const WORDS_AFTER = /^[ \t]+(\p{L}+|%)(?:[ \t]*(\p{L}+|%))?/u;
function isShareWord(word: string | undefined): boolean {
  if (word === undefined) return false;
  const m = SHARE_NOUN.exec(word);
  return m !== null && (!SHARE_NOUN_EXACT.has(m[0].toLowerCase()) || m[0].length === word.length);
}
/** Whether what follows a yearless «3/10» lets it be a date (FOLLOWS_A_YEARLESS_SLASH); «1/1-stilling» never does. */
function yearlessSlashEndsHere(after: string): boolean {
  // «1/1-stilling» is a compound; «3.10 2025» a date whose year this pattern would drop.
  if (/^-\p{L}/u.test(after) || /^[ \t]*\p{N}/u.test(after)) return false;
  const [, first, second] = WORDS_AFTER.exec(after) ?? [];
  if (first === undefined) return true;
  if (isShareWord(first) || (SHARE_LINKS.has(first.toLowerCase()) && isShareWord(second))) return false;
  return FOLLOWS_A_YEARLESS_SLASH.has(first.toLowerCase());
}
/**
 * What may follow «av 3.10» when it is a date: the end of the line or the sentence, a comma, or «og»/«and» and a
 * second dating clause («av 3.10 og brevet av 5.10»), nothing else. A decimal goes on with the words a date does
 * («av 2.5 i uken», «av 1.5 på AAP», «av 1.2 som uføregrad», «of 1.5 on my hours»: QA s24 review, read as dates).
 */
const DOT_YEARLESS_ENDS = /^(?:[ \t]*(?:$|\r?\n|[.!?](?![ \t]*\p{N})|,)|[ \t]+(?:og|and|och)[ \t]+(?:\p{L}+[ \t]+){0,2}(?:av|af|of|datert|dated|daterad|dateret|den)[ \t]+\p{N})/iu;
const DATING_WORD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...DATING_WORDS].join('|')})(?:[ \\t]+den)?[ \\t]+$`, 'iu');
/**
 * «vedtak av 3.10»: day and month by a full stop with no year (QA s23), read on the same terms as «av 3/10»: right
 * after a dating word, before the sentence's end or a word that starts what is said next (never «av 3.10 kr», «av
 * 1.5 G»), and carried as `slash`, so decision-dates.ts takes it only right after the decision noun. Elsewhere
 * «3.10» is a clock time or a sum.
 */
const DOT_YEARLESS = `(${D}{1,2})\\.(${D}{1,2})`;
/** «12/10 2026»: as Swedes write by hand, the year after a space; four digits only (not «12/10 26 dagar»). */
const SLASH_SPACE = `(${D}{1,2})/(${D}{1,2})[ \\t]+(${D}{4})`;
/** «sak 1/12-2025», «ref. 4/4-25»: after a case or reference word the same shape is a case number. */
// Also the registry's words: sv «ärendenummer», «dnr», «diarienummer», nb/da «journalnummer», «j.nr.», «journalpost».
const CASE_NUMBER_BEFORE =
  /(?<![\p{L}])(?:sak|saka|saken|saksnr|saksnummer|ref|referanse|refnr|ärende|ärendet|ärendenr|ärendenummer|dnr|diarienr|diarienummer|sag|sagsnr|sagsnummer|case|journalnr|journalnummer|journalpost|journalpostnr|j\.[ \t]?nr|jnr|arkivnr)\.?(?:[ \t]*(?:nr|no|id)\.?)?[ \t]*[:.]?[ \t]*$/iu;
/**
 * «beslutet om 1/2 2000 kr per månad», footer «Side 1/2 2026»: a fraction before an amount, or a page of pages,
 * is no «12/10 2026».
 */
const AMOUNT_AFTER = /^[ \t]*(?:kr\b|kroner|kronor|kronar|sek\b|nok\b|dkk\b|:-|,-)/iu;
const PAGE_BEFORE = /(?<![\p{L}])(?:side|sida|sidan|page|pages|s\.|p\.|pp\.)[ \t]*$/iu;
/** A hyphen as scanned: spaced ("2024- 06- 17") or doubled ("2025- -05- 26"). */
const ISO_HYPHEN = '[ \\t]?-(?:[ \\t]?-)?[ \\t]?';
const ISO = `(${D}{4})${ISO_HYPHEN}(${D}{1,2})${ISO_HYPHEN}(${D}{1,2})`;
// OCR spaces a day's full stop off its digit («3 . mars»).
// «3:e november», «1:a mars»: the Swedish ordinal.
// «3dje oktober», «21ste», «2dre», «10de», «5te»: the Norwegian and Danish ordinal as a hand writes it.
const DAY_MONTH_NAME = `(${D}{1,2})(?:[ \\t]?\\.|st|nd|rd|th|:[ae]|(?:ste|dre|dje|de|te)(?=[\\s.]))?\\s{0,3}(?:of\\s+)?(${MONTH}|${MISSPELT_MONTH})(?![\\p{L}])\\.?(?:,?\\s{0,3}(${D}{4}))?`;
const MONTH_NAME_DAY = `(${MONTH})\\.?\\s{0,3}(${D}{1,2})(?:st|nd|rd|th)?,?\\s{0,3}(${D}{4})`;
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}./-])';
const EDGE_AFTER = '(?![\\p{N}])(?![./-]\\p{N})';

const PATTERNS = {
  iso: new RegExp(`${EDGE_BEFORE}${ISO}${EDGE_AFTER}`, 'giu'),
  numeric: new RegExp(`${EDGE_BEFORE}${NUMERIC}${EDGE_AFTER}`, 'giu'),
  numericColon: new RegExp(`${EDGE_BEFORE}${NUMERIC_COLON}${EDGE_AFTER}`, 'giu'),
  slashHyphen: new RegExp(`${EDGE_BEFORE}${SLASH_HYPHEN}${EDGE_AFTER}`, 'giu'),
  slashYearless: new RegExp(`${EDGE_BEFORE}${SLASH_YEARLESS}(?![\\p{N}])(?![ \\t]*[./:-][ \\t]*\\p{N})(?![ \\t]*(?:%|av|of|af|del|deler|dele|parts?|g|kr|kroner|kronor|nok|sek|dkk|stilling|prosent|procent|percent)(?![\\p{L}]))`, 'giu'),
  dotYearless: new RegExp(`${EDGE_BEFORE}${DOT_YEARLESS}(?![\\p{N}])(?![ \\t]*[./:-][ \\t]*\\p{N})`, 'giu'),
  slashSpace: new RegExp(`${EDGE_BEFORE}${SLASH_SPACE}${EDGE_AFTER}`, 'giu'),
  dayMonthName: new RegExp(`${EDGE_BEFORE}${DAY_MONTH_NAME}${EDGE_AFTER}`, 'giu'),
  monthNameDay: new RegExp(`(?<![\\p{L}])${MONTH_NAME_DAY}${EDGE_AFTER}`, 'giu'),
};

export interface DateMention {
  start: number;
  end: number;
  day: number;
  month: number;
  /** null when the writer left the year out ("5. april"). */
  year: number | null;
  /** Set when the year is known. */
  iso: IsoDate | null;
  /** A day and month by a slash or a full stop with no year («av 3/10», «av 3.10»): as often a share, a score or a time, read as a date only by a dating word right after the decision noun. */
  slash?: true;
}

function ocrDigits(raw: string): string {
  return raw.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
}

function realDigitCount(raw: string): number {
  return raw.replace(/\D/g, '').length;
}

function fullYear(raw: string): number {
  const n = Number(ocrDigits(raw));
  // Two-digit years are read for letters about recent decisions: 00-69 -> 2000s.
  if (raw.length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2099 || !isCalendarDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day and month without a year: valid if the day exists in that month in some year. */
function isDayOfMonth(month: number, day: number): boolean {
  return isCalendarDate(2024, month, day);
}

function mention(start: number, raw: string, day: number, month: number, year: number | null): DateMention | null {
  if (year === null) {
    return isDayOfMonth(month, day) ? { start, end: start + raw.length, day, month, year: null, iso: null } : null;
  }
  const iso = toIsoDate(year, month, day);
  return iso ? { start, end: start + raw.length, day, month, year, iso } : null;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const exact = MONTHS[lower];
  if (exact !== undefined) return exact;
  const near = FULL_MONTH_NAMES.filter((full) => full.slice(0, 3) === lower.slice(0, 3) && withinOneEdit(lower, full));
  // One month only: a word near two (none today) is no month.
  const months = new Set(near.map((full) => MONTHS[full]!));
  return months.size === 1 ? [...months][0]! : 0;
}

/**
 * Every date written in the text, full or day-and-month-name only, in order, without overlaps
 * (where two readings overlap, the one that starts first and then the longer one wins).
 */
export function findDateMentions(text: string): DateMention[] {
  const all: DateMention[] = [];
  const push = (m: DateMention | null) => {
    if (m) all.push(m);
  };
  for (const m of text.matchAll(PATTERNS.iso)) {
    if (realDigitCount(m[0]) < 6) continue;
    push(mention(m.index, m[0], Number(ocrDigits(m[3]!)), Number(ocrDigits(m[2]!)), Number(ocrDigits(m[1]!))));
  }
  for (const m of text.matchAll(PATTERNS.numeric)) {
    if (realDigitCount(m[0]) < 4) continue;
    push(mention(m.index, m[0], Number(ocrDigits(m[1]!)), Number(ocrDigits(m[3]!)), fullYear(m[4]!)));
  }
  for (const m of text.matchAll(PATTERNS.numericColon)) {
    if (realDigitCount(m[0]) < 6) continue;
    push(mention(m.index, m[0], Number(ocrDigits(m[1]!)), Number(ocrDigits(m[2]!)), fullYear(m[3]!)));
  }
  for (const m of text.matchAll(PATTERNS.slashHyphen)) {
    if (realDigitCount(m[0]) < 4 || CASE_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    push(mention(m.index, m[0], Number(ocrDigits(m[1]!)), Number(ocrDigits(m[2]!)), fullYear(m[3]!)));
  }
  for (const m of text.matchAll(PATTERNS.slashYearless)) {
    if (realDigitCount(m[0]) < 2 || !DATING_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    if (!yearlessSlashEndsHere(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const found = mention(m.index, m[0], Number(ocrDigits(m[1]!)), Number(ocrDigits(m[2]!)), null);
    push(found && { ...found, slash: true });
  }
  for (const m of text.matchAll(PATTERNS.dotYearless)) {
    if (realDigitCount(m[0]) < 2 || !DATING_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    if (!DOT_YEARLESS_ENDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const found = mention(m.index, m[0], Number(ocrDigits(m[1]!)), Number(ocrDigits(m[2]!)), null);
    push(found && { ...found, slash: true });
  }
  for (const m of text.matchAll(PATTERNS.slashSpace)) {
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (realDigitCount(m[0]) < 6 || CASE_NUMBER_BEFORE.test(before) || PAGE_BEFORE.test(before)) continue;
    if (AMOUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    push(mention(m.index, m[0], Number(ocrDigits(m[1]!)), Number(ocrDigits(m[2]!)), fullYear(m[3]!)));
  }
  for (const m of text.matchAll(PATTERNS.dayMonthName)) {
    const [raw, day, name, year] = m;
    if (realDigitCount(day!) < 1) continue;
    push(mention(m.index, raw, Number(ocrDigits(day!)), monthNumber(name!), year ? fullYear(year) : null));
  }
  for (const m of text.matchAll(PATTERNS.monthNameDay)) {
    const [raw, name, day, year] = m;
    push(mention(m.index, raw, Number(ocrDigits(day!)), monthNumber(name!), fullYear(year!)));
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: DateMention[] = [];
  for (const m of all) {
    const last = result.at(-1);
    if (last && m.start < last.end) continue;
    result.push(m);
  }
  return result;
}

/**
 * One date as written: '12.03.2025', '12.3.25', '12. mars 2025', '2025-03-12', '12 March 2025',
 * '12. marts 2025', 'March 12, 2025', with OCR's O/l for 0/1. Null for anything that is not exactly
 * one full, existing calendar date.
 */
export function parseDate(raw: string): IsoDate | null {
  const trimmed = raw.trim().replace(/^(?:den|d\.|the|on)\s+/i, '');
  const mentions = findDateMentions(trimmed);
  const only = mentions[0];
  if (mentions.length !== 1 || !only || only.start !== 0) return null;
  if (trimmed.slice(only.end).replace(/[.,;:)\s]/g, '') !== '') return null;
  return only.iso;
}
