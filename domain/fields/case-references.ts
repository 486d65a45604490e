import { findDateMentions, type DateMention } from './date-tokens.ts';
import { findNationalIdMatches, type NationalIdMatch } from './national-id.ts';
import { prepareText, splitLines } from './text.ts';

/**
 * Case references: whatever is written after a reference label ("Vår ref.", "Deres ref.",
 * "Saksnummer", "Er referens", "Jeres ref.", "Your ref.", "Trygderettens saksnr." …), as written up
 * to the next whitespace, plus unlabelled archive numbers of the form YYYY/NNNN…. Other agencies and
 * lawyers have formats of their own (24/113188, 5123-4/KB, TR-2024-1234), so the value is not
 * checked against a format; it must only look like a reference rather than a word, a date or a
 * national id.
 */

// OCR drops the ring from å and the dots from ä often enough to allow both.
const LABEL_WORDS = [
  // nb / nn
  'saksnummer', 'saksnr', 'saks-nr', 'saks nr', 'sak nr', 'saknr', 'sak-nr', 'saksreferanse', 'saks-id',
  "v[åa]r ref(?:eranse)?", 'deres ref(?:eranse)?', 'dykkar ref(?:eranse)?', 'dykkar referanse',
  "(?:nav|helfo|helseklage|trygderetten)(?:s|'s|')?[ -]?ref(?:eranse)?",
  'trygderettens saksnr', 'tr-nr', 'tr nr', 'tr\\.nr', 'ankenummer', 'ankenr', 'klagenummer', 'klagenr',
  'referansenummer', 'referansenr', 'referanse', 'ref\\.? ?nr', 'ref',
  // sv
  "v[åa]r referens", 'v[åa]r ref', 'er referens', 'er ref', 'referensnummer', 'referens',
  '[äa]rendenummer', '[äa]rendenr', 'diarienummer', 'diarienr', 'dnr',
  // da
  'jeres ref(?:erence)?', 'vores ref(?:erence)?', 'sagsnummer', 'sagsnr', 'j\\. ?nr', 'journalnummer', 'journalnr',
  // en
  'your ref(?:erence)?', 'our ref(?:erence)?', 'reference number', 'reference no', 'reference',
  'case (?:number|no|ref(?:erence)?)', 'file (?:number|no)',
].sort((a, b) => b.length - a.length);

const LABEL = `(?<![\\p{L}\\p{N}])(?:${LABEL_WORDS.join('|')})(?![\\p{L}])\\.?(?:[ \\t]*(?:nr|no)\\.?)?`;
/**
 * A label, then a value on the same line or, for a label ending its line, on the next. OCR turns the
 * label's full stop or colon into a comma and doubles it ("Saksnr, NAV-333914", "Vår ref: : K9868").
 */
/**
 * The agency whose reference follows, written between the label and the value: «Deres ref.: Helfo
 * 26/12345 (Solberg)», «Our ref: NAV 2026/1234» (QA s14 f MEDIUM-4). Only these names are passed over;
 * any other word after a label stays the (non-)reference it is.
 */
const AGENCY_BEFORE_VALUE =
  "(?:(?:nav|helfo|helseklage|trygderetten|pasientreiser|statsforvalteren|försäkringskassan|udbetaling danmark)(?:s|'s|')?(?:[ \\t]+(?:klageinstans|arbeid og ytelser|tannhelse|refusjon|klage))?[ \\t]*[:,]?[ \\t]+)";
const LABELLED = new RegExp(`${LABEL}[ \\t]*(?:[:.,\\-][ \\t]*){0,2}(?:\\n[ \\t]*)?${AGENCY_BEFORE_VALUE}?(\\S+)`, 'giu');
const LABEL_ONLY = new RegExp(LABEL, 'giu');
/** Column headings that stand next to reference labels in a letter's header row. */
const HEADER_WORDS = /(?<![\p{L}])(?:v[åa]r|vårt|deres|dykkar|er|ert|jeres|vores|your|our)?[ \t]*(?:dato|date|datum|saksbehandler|handläggare|sagsbehandler|case officer)(?![\p{L}])\.?/giu;

const UNLABELLED = /(?<![\p{L}\p{N}/.-])((?:19|20)\d{2})\/(\d{3,})(?:-\d{1,4})?(?![\p{L}\p{N}/])/gu;

interface Found {
  value: string;
  start: number;
  end: number;
}

function trimPunctuation(token: string): { value: string; offset: number } {
  const leading = /^[(["«'“]+/u.exec(token)?.[0].length ?? 0;
  const value = token.slice(leading).replace(/[,;:.)\]}»"'”]+$/u, '');
  return { value, offset: leading };
}

function overlaps(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

function looksLikeReference(value: string, minDigits: number): boolean {
  // "2025- 11 126", "7491- am", "2025/1 3512": a reference the scan split is cut off, not a shorter
  // one (an archive number has at least three digits after the year).
  if (/[-/]$/u.test(value) || /^(?:19|20)\d{2}\/\d{1,2}$/u.test(value)) return false;
  return value.length <= 40 && (value.match(/\d/g)?.length ?? 0) >= minDigits && !LABEL_ONLY_EXACT.test(value);
}
const LABEL_ONLY_EXACT = new RegExp(`^${LABEL}[:.]?$`, 'iu');

function labelledReferences(text: string, dates: readonly DateMention[], ids: readonly NationalIdMatch[]): Found[] {
  const found: Found[] = [];
  const labelled = new RegExp(LABELLED.source, LABELLED.flags);
  for (let m = labelled.exec(text); m; m = labelled.exec(text)) {
    const token = m[1]!;
    const tokenStart = m.index + m[0].length - token.length;
    const { value, offset } = trimPunctuation(token);
    const start = tokenStart + offset;
    const end = start + value.length;
    // A date or an id written after a label is still a date or an id. What was passed over may hold
    // the next label ("Vår ref.: Deres ref.: 24/113188"), so scanning resumes right after this one.
    if (!looksLikeReference(value, 2) || overlaps(start, end, dates) || overlaps(start, end, ids)) {
      labelled.lastIndex = m.index + 1;
      continue;
    }
    found.push({ value, start, end });
  }
  return found;
}

/**
 * A header row of labels ("Vår ref.   Deres ref.   Dato") with the values on the line below: every
 * reference-looking token of that line is a reference.
 */
function headerRowReferences(text: string, dates: readonly DateMention[], ids: readonly NationalIdMatch[]): Found[] {
  const found: Found[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const labels = line.match(LABEL_ONLY)?.length ?? 0;
    const headings = line.match(HEADER_WORDS)?.length ?? 0;
    // One label alone on its line is handled as a label whose value follows on the next line.
    if (labels === 0 || labels + headings < 2) continue;
    const rest = line.replace(LABEL_ONLY, ' ').replace(HEADER_WORDS, ' ').replace(/[\s:./|-]+/gu, '');
    if (rest !== '') continue;
    const next = lines.slice(i + 1, i + 3).find((l) => l.text.trim() !== '');
    if (!next) continue;
    for (const t of next.text.matchAll(/\S+/gu)) {
      const { value, offset } = trimPunctuation(t[0]);
      const start = next.start + t.index + offset;
      const end = start + value.length;
      if (!looksLikeReference(value, 3) || overlaps(start, end, dates) || overlaps(start, end, ids)) continue;
      found.push({ value, start, end });
    }
  }
  return found;
}

function unlabelledReferences(text: string, ids: readonly NationalIdMatch[]): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(UNLABELLED)) {
    const year = Number(m[1]);
    const number = m[2]!;
    // "2024/2025" is a span of years (skoleåret, budsjettåret), not a case.
    if (number.length === 4 && Math.abs(Number(number) - year) === 1) continue;
    if (overlaps(m.index, m.index + m[0].length, ids)) continue;
    found.push({ value: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Every case reference in the text, as written, unique, in order of appearance. */
export function findCaseReferences(rawText: string): string[] {
  const text = prepareText(rawText);
  const dates = findDateMentions(text);
  const ids = findNationalIdMatches(text);
  const labelled = [...labelledReferences(text, dates, ids), ...headerRowReferences(text, dates, ids)];
  // An unlabelled number inside a labelled reference ("2025/04127-3" after "Vår ref.") is the same reference.
  const unlabelled = unlabelledReferences(text, ids).filter((u) => !overlaps(u.start, u.end, labelled));
  const all = [...labelled, ...unlabelled].sort((a, b) => a.start - b.start);
  return [...new Set(all.map((f) => f.value))];
}

/**
 * The case part of a Noark archive reference: "2025/04127-3" (document 3 of case 2025/04127) ->
 * "2025/04127". Other formats are returned as they are. For matching a document to a case.
 */
export function caseNumberOf(reference: string): string {
  const m = /^((?:19|20)\d{2}\/\d{3,})-\d{1,4}$/u.exec(reference);
  return m ? m[1]! : reference;
}
