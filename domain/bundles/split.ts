import type { SheetCode } from '../sheets/sheet-code.ts';
import { pageSignals, type PageKind, type PageSignals } from './page-signals.ts';

/**
 * Splits the pages of one scanned file into documents, as an archivist would.
 *
 * - Separator sheets split exactly: every stretch between two sheets is one document, taken as the
 *   mailroom put it together (no guessing inside it), and the sheets themselves belong to none.
 * - A cover sheet heads the pages after it (up to the next sheet) and gives them its case; the sheet
 *   is not part of any document.
 * - Pages with no sheet between them are split by what each page looks like: the first page of a
 *   letter (letterhead, address, date line, references, a heading, "Side 1 av N") starts a document;
 *   a continuation ("Side 2 av 3", a sentence running on, no heading) does not; an attachment such as
 *   a decision copy, a form, or an image without text (an X-ray, a photo) is a document of its own.
 *   Such a stretch is a bundle: its first part is the main document (hoveddokument), the others are
 *   its attachments (vedlegg).
 */
export interface BundlePage {
  text: string;
  /** Whether the page image had any readable text (false for an X-ray, a photo, a blank page). */
  hasText: boolean;
  /** A page with (next to) no ink: the blank back of a sheet. It belongs to the document before it. */
  blank?: boolean;
  /** The cover or separator sheet code read from the page, if any. */
  sheet: SheetCode | null;
}

export type PartStart = 'file_start' | 'separator' | 'cover_sheet' | 'page_number' | 'letterhead' | 'attachment' | 'image';

export interface BundlePart {
  /** 0-based indexes of the file's pages in this part (never a sheet page). */
  pages: number[];
  /** Parts in one group belong to one case: a bundle, or the pages after one cover sheet. */
  group: number;
  role: 'main' | 'attachment';
  kind: PageKind;
  startedBy: PartStart;
  /** The cover sheet that heads this part's group. */
  cover: Extract<SheetCode, { kind: 'cover' }> | null;
}

export interface BundlePlan {
  parts: BundlePart[];
  /** 0-based indexes of the sheet pages, which belong to no document. */
  sheetPages: number[];
}

/** Evidence for "a new document starts at this page"; positive starts one. */
export function boundaryScore(previous: PageSignals, current: PageSignals): { score: number; reason: PartStart } {
  if (current.kind === 'image' || previous.kind === 'image') {
    // Consecutive images (an X-ray series) are one attachment; text after images starts anew.
    return current.kind === previous.kind ? { score: -10, reason: 'image' } : { score: 10, reason: current.kind === 'image' ? 'image' : 'attachment' };
  }
  if (current.pageNumber) {
    const [k, n] = current.pageNumber;
    if (k === 1) return { score: 10, reason: 'page_number' };
    const follows = previous.pageNumber ? previous.pageNumber[0] === k - 1 && previous.pageNumber[1] === n : true;
    return { score: follows ? -10 : 4, reason: 'page_number' };
  }
  if (current.pageOnly !== null) {
    const k = current.pageOnly;
    if (k === 1) return { score: 10, reason: 'page_number' };
    // A page counted as its letter's last («2 av 2») has no number left to follow.
    const complete = previous.pageNumber !== null && previous.pageNumber[0] === previous.pageNumber[1];
    const before = complete ? null : (previous.pageNumber?.[0] ?? previous.pageOnly);
    if (before !== null && before !== k - 1) return { score: 4, reason: 'page_number' };
    // «Side 2 – name» runs on only a page that stops without a closing, of the same kind, under no
    // letterhead of its own: a merge hides the second letter inside the first, far worse than a split.
    // Otherwise the page says only that it belongs to some letter; the letterhead reading decides.
    const plain = current.kind === previous.kind && current.headerCues.length < 2;
    if (!previous.closes && plain) return { score: -10, reason: 'page_number' };
  }
  if (previous.pageNumber && previous.pageNumber[0] < previous.pageNumber[1]) return { score: -8, reason: 'page_number' };
  if (previous.pageNumber && previous.pageNumber[0] === previous.pageNumber[1]) return { score: 8, reason: 'page_number' };
  let score = -2;
  const cues = new Set(current.headerCues);
  // A letterhead is an address block and a date or reference line: one cue alone is too weak (a
  // signature names a phone number; a paragraph may mention a "Postboks").
  score += Math.min(cues.size, 5) * 1.2;
  if (cues.has('date-line') || cues.has('reference')) score += 1;
  if (cues.has('heading')) score += 0.8;
  if (current.kind !== 'letter' && current.kind !== previous.kind) score += 3;
  if (previous.closes) score += 1.5;
  if (current.pageOnly !== null && current.kind === previous.kind) score -= 3;
  if (previous.closingRunsOver) score -= 4;
  if (current.continuesSentence) score -= 2.5;
  // Two lines or fewer is the tail of a letter (a signature, a copy line), not a letter of its own.
  if (current.lineCount <= 2) score -= 2.5;
  return { score, reason: current.kind === 'letter' ? 'letterhead' : 'attachment' };
}

export function splitBundle(pages: BundlePage[]): BundlePlan {
  const sheetPages = pages.flatMap((p, i) => (p.sheet ? [i] : []));
  const hasSeparators = pages.some((p) => p.sheet?.kind === 'separator');
  const signals = pages.map((p) => (p.sheet ? null : pageSignals(p)));
  let lastInked: PageSignals | null = null;
  const parts: BundlePart[] = [];
  let group = -1;
  let cover: BundlePart['cover'] = null;
  let segmentStart: PartStart = 'file_start';
  let current = null as BundlePart | null;

  const open = (index: number, startedBy: PartStart, newGroup: boolean): BundlePart => {
    if (newGroup) group += 1;
    const role = parts.some((p) => p.group === group) ? 'attachment' : 'main';
    const part: BundlePart = { pages: [index], group, role, kind: signals[index]!.kind, startedBy, cover };
    current = part;
    parts.push(part);
    return part;
  };

  for (const [index, page] of pages.entries()) {
    if (page.sheet) {
      cover = page.sheet.kind === 'cover' ? page.sheet : null;
      segmentStart = page.sheet.kind === 'cover' ? 'cover_sheet' : 'separator';
      current = null;
      lastInked = null;
      continue;
    }
    const previous = current;
    const here = signals[index]!;
    if (!previous) {
      current = open(index, segmentStart, true);
      if (here.kind !== 'blank') lastInked = here;
      continue;
    }
    if (hasSeparators || here.kind === 'blank') {
      previous.pages.push(index);
      continue;
    }
    // A blank back side between two pages says nothing: compare with the last page that had ink.
    const { score, reason } = lastInked ? boundaryScore(lastInked, here) : { score: 0, reason: 'letterhead' as const };
    lastInked = here;
    if (score > 0) current = open(index, reason, false);
    else previous.pages.push(index);
  }
  return { parts, sheetPages };
}
