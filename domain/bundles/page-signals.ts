/**
 * What one page of a scanned file says about where it sits in a document: the evidence the bundle
 * splitter weighs. Read from the page's text (a text layer or OCR, so tolerant of OCR noise) and
 * whether the page image had text at all.
 */
export type PageKind = 'letter' | 'decision_copy' | 'form' | 'image' | 'blank';

export interface PageSignals {
  /** "Side 2 av 3", "Page 2 of 3", "2/3", "2 (3)" on its own line: [page, of]. */
  pageNumber: [number, number] | null;
  /**
   * A running header or footer naming the page without the count: «Side 2 – Helge Strømsnes (…)»,
   * «Page 2», «Seite 2», «- 2 -». Only read when `pageNumber` is not.
   */
  pageOnly: number | null;
  /** Cues of a first page in its top lines: letterhead, address, date line, references, subject, heading. */
  headerCues: string[];
  /** The page ends with a closing and a signature ("Med vennlig hilsen …"). */
  closes: boolean;
  /** The page's last line is a closing or an attachment-list label: what follows is on the next page. */
  closingRunsOver: boolean;
  /** Lines with text on the page. */
  lineCount: number;
  /** The first line continues a sentence (starts in lower case, or with a comma or dash). */
  continuesSentence: boolean;
  kind: PageKind;
}

const TOP_LINES = 14;
const BOTTOM_LINES = 12;

const PAGE_NUMBER = [
  /\b(?:side|sida|page|seite|p\.|s\.)\s*(\d{1,2})\s*(?:av|af|of|von|\/)\s*(\d{1,2})\b/i,
  /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/,
  // «2 (3)», «Side 2 (3)»: alone on the line, or at the end of a header line after a wide gap.
  /(?:^|\S\s{2,})(?:(?:side|sida|page|seite)\s*)?(\d{1,2})\s*\(\s*(\d{1,2})\s*\)\s*$/i,
];
/**
 * A page named without its count, as a running header prints it: the word capitalised (a sentence
 * that wraps onto «side 2 – …» is not one) and the number alone, or followed by a dash, colon or bar
 * and what the header repeats (the person, the id, a reference) — «Side 2 – Helge Strømsnes (…)»,
 * «Page 2», «SEITE 2», «- 2 -»; at the end of a header line only after a wide gap (right-aligned).
 * A footer is read only when the line is the number alone.
 */
const PAGE_WORD = String.raw`(?:Side|Sida|Page|Seite|SIDE|SIDA|PAGE|SEITE)\s+(\d{1,2})`;
const PAGE_ONLY_HEADER = [new RegExp(String.raw`^\s*${PAGE_WORD}\s*(?:$|[–—:|-]\s*(?!\d)\S)`), new RegExp(String.raw`\S\s{2,}${PAGE_WORD}\s*$`), /^\s*[-–—]\s*(\d{1,2})\s*[-–—]\s*$/];
const PAGE_ONLY_FOOTER = [new RegExp(String.raw`^\s*${PAGE_WORD}\s*$`), PAGE_ONLY_HEADER[1]!, PAGE_ONLY_HEADER[2]!];
const PAGE_ONLY_LINES = 3;

const HEADER_CUES: [string, RegExp][] = [
  ['postbox', /\b(?:postboks|pb\.|postadresse|box)\s*\d+/i],
  ['postcode', /(?:^|[\s,])\d{4}\s+[A-ZÆØÅ][A-Za-zÆØÅæøåäöÄÖ.-]{2,}/],
  ['phone-or-org', /\b(?:tlf|telefon|org\.?\s*nr|hpr-nr|e-post)\b/i],
  ['date-line', /^\s*(?:dato|datum|date|avsagt|kjennelse avsagt)\s*:?\s*\S|^\s*[A-ZÆØÅ][a-zæøå]+(?:\s[A-ZÆØÅ][a-zæøå]+)?,\s*(?:den\s)?(?:\d{1,2}[.\s/]|\d{4}-\d{2}-\d{2})/i],
  ['reference', /\b(?:vår|deres|dykkar|er|jeres|vores|vor|your|our)\s+(?:ref|referens|referanse|reference)\b|\b(?:saksnr|saksnummer|sagsnr|ärendenummer|diarienr|case no)\b/i],
  ['subject', /^\s*(?:gjelder|gjeld|vedr\.?|vedrørende|sak|angående|ärende|sag|re|subject)\s*:/i],
  ['national-id', /\b(?:fødselsnummer|fødselsnr|f\.?nr|fnr|personnummer|national id)\b/i],
  ['salutation', /^\s*(?:til\s|hei\b|dear\b|kære\b|hej\b)/i],
  ['sender', /^\s*fra\s*:/i],
  ['heading', /^\s*(?:klage\b|anke\b|legeerklæring|legeerklæring|erklæring|epikrise|sakkyndig|samtykke|merknader|oversendelse|begjæring|krav om|faktura|kjennelse|fristavbrytende|vedtak\b|uttalelse|ettersending|notat|journalnotat)/i],
];

const CLOSING = /\b(?:med vennlig hilsen|vennlig hilsen|med hilsen|mvh|hilsen|venleg helsing|med venleg helsing|helsing|hälsningar|med venlig hilsen|venlig hilsen|hilsner|yours sincerely|yours faithfully|kind regards|best regards)\b/i;
const LIST_LABEL = /^(?:vedlegg|bilag|bilagor|bilaga|enclosures?|attachments?|kopi til)\s*:?$/i;
/** How a ruling or a form ends instead of with a greeting. */
const SIGNED = /\b(?:rettsmedlem|rettens leder|underskrift|signatur)\b/i;

const DECISION_COPY = [/\bvedtak\b/i, /\b(?:du kan klage|du har rett til å klage|klageadgang|klagefrist(?:en)? er|har du rett til å klage|kan du klage)\b/i];
const FORM = [/[☐☑☒]|\[\s?[xX ]?\s?\]/, /\b(?:skjema|blankett|fylles ut|sett kryss|underskrift|signatur)\b/i];

const nonEmpty = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export function pageSignals(page: { text: string; hasText: boolean; blank?: boolean }): PageSignals {
  const lines = nonEmpty(page.text);
  if (page.blank || (page.hasText && lines.length === 0)) {
    return { pageNumber: null, pageOnly: null, headerCues: [], closes: false, closingRunsOver: false, lineCount: 0, continuesSentence: false, kind: 'blank' };
  }
  // A short last page ("Kopi: Kari Eide") is still text; only a page without a word on it is an image.
  if (!page.hasText || lines.join('').replace(/[^\p{L}]/gu, '').length < 4) {
    return { pageNumber: null, pageOnly: null, headerCues: [], closes: false, closingRunsOver: false, lineCount: lines.length, continuesSentence: false, kind: 'image' };
  }
  const top = lines.slice(0, TOP_LINES);
  const bottom = lines.slice(-BOTTOM_LINES);
  let pageNumber: [number, number] | null = null;
  for (const line of [...lines.slice(0, 4), ...lines.slice(-4)]) {
    for (const pattern of PAGE_NUMBER) {
      const match = pattern.exec(line);
      if (match && match[2] !== undefined) {
        const [k, n] = [Number(match[1]), Number(match[2])];
        if (k >= 1 && n >= k && n <= 60) pageNumber = [k, n];
      }
    }
    if (pageNumber) break;
  }
  const pageOnly = pageNumber ? null : (pageOnlyNumber(lines.slice(0, PAGE_ONLY_LINES), PAGE_ONLY_HEADER) ?? pageOnlyNumber(lines.slice(-PAGE_ONLY_LINES), PAGE_ONLY_FOOTER));
  const headerCues = HEADER_CUES.filter(([, pattern]) => top.some((line) => pattern.test(line))).map(([name]) => name);
  const first = lines[0] ?? '';
  const continuesSentence = /^[a-zæøåäö,;:)–-]/.test(first) && !/^(?:til|fra|dato|side)\b/i.test(first);
  const whole = lines.join('\n');
  const kind: PageKind = DECISION_COPY.every((p) => p.test(whole)) && /\bvedtak\b/i.test(top.slice(0, 10).join('\n')) && !/\bklage\s+på\b/i.test(top.join(' '))
    ? 'decision_copy'
    : FORM.every((p) => p.test(whole))
      ? 'form'
      : 'letter';
  const closingAt = bottom.findLastIndex((l) => CLOSING.test(l));
  const isPageNumber = (l: string) => PAGE_NUMBER.some((p) => p.test(l)) || PAGE_ONLY_FOOTER.some((p) => p.test(l));
  const lastLine = bottom.filter((l) => !isPageNumber(l)).at(-1) ?? '';
  const closingRunsOver = (closingAt >= 0 && bottom.slice(closingAt + 1).every(isPageNumber)) || LIST_LABEL.test(lastLine);
  const signed = bottom.slice(-4).some((l) => SIGNED.test(l));
  return { pageNumber, pageOnly, headerCues, closes: (closingAt >= 0 && !closingRunsOver) || signed, closingRunsOver, lineCount: lines.length, continuesSentence, kind };
}

function pageOnlyNumber(lines: string[], patterns: RegExp[]): number | null {
  for (const line of lines) {
    for (const pattern of patterns) {
      const k = Number(pattern.exec(line)?.[1] ?? 0);
      if (k >= 1) return k;
    }
  }
  return null;
}
