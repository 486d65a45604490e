import { estimateSkew, straightenPage } from '../images/deskew.ts';
import type { PreparedPage } from '../images/prepare.ts';
import type { WordBox } from './page-text.ts';
import { LOW_CONFIDENCE } from './orientation.ts';
import type { Recognized } from './recognize.ts';
import { missedText, unreadInkedShare } from './unread-ink.ts';

/**
 * A skewed scan can lose whole paragraphs to Tesseract's automatic page layout (PSM 3): at 3–4°
 * clockwise it kept 73–95% of a letter's words, and a QA appeal lost the paragraph that made it
 * deadline-interrupting (README "Skew"). Turning every page straight first would cost every page
 * ~0.5–0.9 s and lost a line at 1–2°, so only a reading that left ink unread (unread-ink.ts) is looked
 * at again: the skew is estimated and, when it is at least MIN_SKEW_DEG, the page turned straight and
 * read again with the same automatic layout (a letterhead's columns stay apart); one uniform block
 * (PSM 6) of the straightened page is tried only if that still leaves ink unread.
 */
export interface PageReaders {
  /** The usual reading (automatic page layout). */
  read: (page: PreparedPage) => Promise<Recognized>;
  /** The page read as one uniform block of text (PSM 6). */
  readOneBlock: (page: PreparedPage) => Promise<Recognized>;
}

/** Below this a turn gains nothing the layout does not already manage (bench-skew: 0–2° lose no line). */
export const MIN_SKEW_DEG = 1;
/** Fewer words than this in the first reading: no second look (as orientation.ts's turn trial). */
export const MIN_WORDS_READ = 5;

export interface SecondLook {
  recognized: Recognized;
  /** The gate opened: the first reading left more than UNREAD_SHARE of the inked cells unread. */
  fired: boolean;
  /** Share of inked cells the first reading left unread (the gate's figure). */
  unreadBefore: number;
  /** Of the reading kept, in the page it was read from. */
  unreadAfter: number;
  /** Degrees the kept reading's page was turned (0: as prepared). */
  skew: number;
  /** How the kept reading was made. */
  kept: 'first' | 'straightened' | 'one_block';
}

interface Candidate {
  recognized: Recognized;
  unread: number;
  skew: number;
  kept: SecondLook['kept'];
}

/**
 * The reading to keep for a page whose first reading is `first`. Untouched when the gate does not fire.
 * Of the readings made, one is kept only when it leaves a smaller share of inked cells unread than the
 * reading before it; on a tie the earlier reading stays (more words on a tie kept one block's stamp noise
 * and merged lines on straight pages). Coverage, not confidence: a lost paragraph is absent, not read
 * poorly, so the reading that lost it can have the higher mean confidence; and the share is measured on
 * the page each reading was made from, so a turned and an unturned reading compare. Measured
 * (scripts/bench-skew.ts, 3–4° and the two QA scans): every straightened reading left 0% unread against
 * the first's 34–57%, was kept, and had 99.5–100% word recall (first: 50–95%).
 *
 * A page whose estimated skew is under MIN_SKEW_DEG is not read again at all: its unread ink is a logo, a
 * stamp, a table's rules, a signature or handwriting, not a lost line (the review's straight pages with
 * such marks fired on 10 of 16, and one block read over them added noise lines on 4).
 */
export async function readMissedText(page: PreparedPage, first: Recognized, readers: PageReaders): Promise<SecondLook> {
  const unreadBefore = unreadInkedShare(page, first.words);
  const asFirst = (fired: boolean): SecondLook => ({ recognized: first, fired, unreadBefore, unreadAfter: unreadBefore, skew: 0, kept: 'first' });
  // A page where next to nothing was read is a photo or a drawing, not a letter that lost a paragraph
  // (the QA scans kept 30–43 words): its second look would cost two reads for nothing.
  if (first.words.length < MIN_WORDS_READ || !missedText(unreadBefore)) return asFirst(false);
  const skew = await estimateSkew(page);
  if (Math.abs(skew) < MIN_SKEW_DEG) return asFirst(true);

  let best: Candidate = { recognized: first, unread: unreadBefore, skew: 0, kept: 'first' };
  // A second reading must also be one Tesseract is sure of (orientation.ts's bar for a page read right):
  // a photo, a drawing or handwriting leaves ink unread too, and one block's boxes over it are noise.
  const better = (c: Candidate) => c.recognized.confidence >= LOW_CONFIDENCE && c.unread < best.unread;
  const straight = await straightenPage(page, skew);
  const again = await readers.read(straight);
  const candidate: Candidate = { recognized: again, unread: unreadInkedShare(straight, again.words), skew, kept: 'straightened' };
  if (better(candidate)) best = candidate;
  if (missedText(best.unread)) {
    const oneBlock = await readers.readOneBlock(straight);
    const blockCandidate: Candidate = { recognized: oneBlock, unread: unreadInkedShare(straight, oneBlock.words), skew, kept: 'one_block' };
    if (better(blockCandidate)) best = blockCandidate;
  }
  const recognized = best.skew ? { ...best.recognized, words: best.recognized.words.map((w) => turnBoxBack(w, best.skew, page)) } : best.recognized;
  return { recognized, fired: true, unreadBefore, unreadAfter: best.unread, skew: best.skew, kept: best.kept };
}

/**
 * A word box read on the page straightened by `skew` (straightenPage), in the pixels of the page as
 * prepared: its corners turned back about the centre, and the box around them. The archivist's image is
 * made from the original as scanned (engines/images/page-image.ts), so the stored boxes must fit that.
 */
export function turnBoxBack(word: WordBox, skew: number, page: Pick<PreparedPage, 'width' | 'height'>): WordBox {
  const a = (skew * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = page.width / 2;
  const cy = page.height / 2;
  const { x0, y0, x1, y1 } = word.bbox;
  const corners = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [cx + (x! - cx) * cos - (y! - cy) * sin, cy + (x! - cx) * sin + (y! - cy) * cos] as const);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const clamp = (v: number, max: number) => Math.round(Math.max(0, Math.min(max, v)));
  return { ...word, bbox: { x0: clamp(Math.min(...xs), page.width), y0: clamp(Math.min(...ys), page.height), x1: clamp(Math.max(...xs), page.width), y1: clamp(Math.max(...ys), page.height) } };
}
