import { afterAll, describe, expect, it } from 'vitest';
import { estimateSkew, straightenPage } from '#engines/images/deskew';
import { preparePage, type PreparedPage } from '#engines/images/prepare';
import { readPage, shutdownOcr, type WordBox } from '#engines/ocr/index';
import { readMissedText, turnBoxBack } from '#engines/ocr/skew-reading';
import type { Recognized } from '#engines/ocr/recognize';
import { missedText, UNREAD_SHARE, unreadInkedShare } from '#engines/ocr/unread-ink';
import { degrade, renderPageImage } from '../../corpus/render.ts';
import { letter, scan, scanWithLogo } from '../support/skewed-letters.ts';

// README "Skew": a page turned ~3° clockwise loses whole paragraphs to the automatic page layout.
process.env.POSTMOTTAK_OCR_WORKERS = '1';
const options = { hasTextLayer: false, languages: ['nor', 'eng'], targetDpi: 200 };

/** A white page with black bars where lines of text would be (rows 100 + 40·i, 30 px tall, 200..800 wide). */
function barsPage(lines: number): PreparedPage {
  const width = 1000;
  const height = 1000;
  const pixels = Buffer.alloc(width * height, 255);
  for (let i = 0; i < lines; i++) for (let y = 100 + 40 * i; y < 130 + 40 * i; y++) pixels.fill(0, y * width + 200, y * width + 800);
  return { pixels, width, height, dpi: 200, despeckled: false };
}
/** barsPage's bars drawn running downhill to the right by `deg` (a page scanned turned clockwise). */
function skewedBarsPage(lines: number, deg: number): PreparedPage {
  const page = barsPage(0);
  const slope = Math.tan((deg * Math.PI) / 180);
  for (let i = 0; i < lines; i++)
    for (let x = 200; x < 800; x++) for (let y = 100 + 40 * i + Math.round((x - 200) * slope), end = y + 30; y < end; y++) page.pixels[y * page.width + x] = 0;
  return page;
}
const box = (x0: number, y0: number, x1: number, y1: number): WordBox => ({ text: 'ord', confidence: 0.9, bbox: { x0, y0, x1, y1 } });
/** One word box over each bar in `lines`. */
const boxesOver = (lines: number[]) => lines.map((i) => box(200, 100 + 40 * i, 800, 130 + 40 * i));

afterAll(async () => {
  await shutdownOcr();
});

describe('the gate: inked cells no word box meets', () => {
  it('a reading with a box over every line leaves nothing unread, and does not fire', () => {
    const share = unreadInkedShare(barsPage(10), boxesOver([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(share).toBe(0);
    expect(missedText(share)).toBe(false);
  });

  it('a reading that lost 3 of 10 lines leaves ~30% unread and fires; one that lost none of a line but a word in it does not', () => {
    const lost = unreadInkedShare(barsPage(10), boxesOver([0, 1, 2, 6, 7, 8, 9]));
    expect(lost).toBeGreaterThan(0.25);
    expect(lost).toBeLessThan(0.35);
    expect(missedText(lost)).toBe(true);
    // Every line read, one word (a tenth of one line's width) missing: well under the gate.
    const words = [...boxesOver([1, 2, 3, 4, 5, 6, 7, 8, 9]), box(200, 100, 740, 130)];
    expect(unreadInkedShare(barsPage(10), words)).toBeLessThan(UNREAD_SHARE);
  });

  it('a page with no ink, or no words on no ink, does not fire', () => {
    expect(unreadInkedShare(barsPage(0), [])).toBe(0);
    expect(missedText(unreadInkedShare(barsPage(0), []))).toBe(false);
  });
});

describe('the second look, with stand-in readers', () => {
  const reading = (lines: number[], confidence: number): Recognized => ({ text: 'ord', confidence, words: boxesOver(lines) });
  const straightPage = barsPage(10);
  /** Readers that answer with these readings and count their calls. */
  function readers(again: Recognized, oneBlock: Recognized) {
    const calls = { read: 0, oneBlock: 0 };
    const read = async () => {
      calls.read++;
      return again;
    };
    const readOneBlock = async () => {
      calls.oneBlock++;
      return oneBlock;
    };
    return { calls, readers: { read, readOneBlock } };
  }

  it('a reading with a box over every inked line is not looked at again', async () => {
    const { calls, readers: r } = readers(reading([], 0.9), reading([], 0.9));
    const look = await readMissedText(straightPage, reading([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.9), r);
    expect([look.kept, calls]).toEqual(['first', { read: 0, oneBlock: 0 }]);
  });

  it('an unskewed page that left ink unread fires but is not read again: its unread ink is a mark, not a lost line', async () => {
    const { calls, readers: r } = readers(reading([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.9), reading([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.9));
    const look = await readMissedText(straightPage, reading([0, 1, 2, 3, 4, 5], 0.9), r);
    expect([look.fired, look.kept, look.skew, calls]).toEqual([true, 'first', 0, { read: 0, oneBlock: 0 }]);
  });

  // Boxes generous enough to hold a bar on the page turned 3° or on it straightened (rows 90 + 40·i .. 165 + 40·i).
  const over = (lines: number[], confidence: number): Recognized => ({ text: 'ord', confidence, words: lines.map((i) => box(150, 90 + 40 * i, 850, 165 + 40 * i)) });
  const skewedPage = skewedBarsPage(10, 3);

  it('a page turned 3° that lost lines is straightened and read again; the reading that covers its ink is kept', async () => {
    const { calls, readers: r } = readers(over([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.9), over([], 0.9));
    const look = await readMissedText(skewedPage, over([0, 1, 2, 3, 4, 5], 0.9), r);
    expect([look.fired, look.kept, look.skew, calls]).toEqual([true, 'straightened', 3, { read: 1, oneBlock: 0 }]);
    expect(look.unreadBefore).toBeGreaterThan(UNREAD_SHARE);
    expect(look.unreadAfter).toBe(0);
  });

  it('a second reading that covers no more ink than the first (a tie), or that Tesseract is unsure of, is not kept', async () => {
    // Five words on blank paper: every bar unread in the first reading and in both later ones, which have more words.
    const onPaper = (n: number, confidence: number): Recognized => ({ text: 'ord', confidence, words: Array.from({ length: n }, (_, i) => box(100 + 60 * i, 900, 150 + 60 * i, 930)) });
    const tie = readers(onPaper(9, 0.95), onPaper(9, 0.95));
    const tied = await readMissedText(skewedPage, onPaper(5, 0.9), tie.readers);
    expect([tied.kept, tied.recognized.words.length, tie.calls]).toEqual(['first', 5, { read: 1, oneBlock: 1 }]);
    const unsure = readers(over([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5), over([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5));
    expect((await readMissedText(skewedPage, over([0, 1, 2, 3, 4, 5], 0.9), unsure.readers)).kept).toBe('first');
  });

  it('a page with next to no words is not looked at', async () => {
    const { calls, readers: r } = readers(reading([], 0.9), reading([], 0.9));
    const look = await readMissedText(skewedPage, reading([0, 1], 0.9), r);
    expect([look.fired, look.kept, calls]).toEqual([false, 'first', { read: 0, oneBlock: 0 }]);
  });
});

describe('straightening a skewed page', () => {
  it('estimates a rendered letter\'s skew either way to the 0.25° step, and 0 for a straight one', async () => {
    const clean = await renderPageImage(letter, { dpi: 200 });
    for (const angle of [3, -2, 0]) {
      const page = await preparePage(await degrade(clean, { rotateDeg: angle, noise: 0.003, seed: 2 }), { targetDpi: 200 });
      expect(Math.abs((await estimateSkew(page)) - angle)).toBeLessThanOrEqual(0.25);
    }
  });

  it('a box read on the straightened page, turned back, lies where the ink is on the page as scanned', async () => {
    // A 20 px square 400 px left of and above the centre: a turn of 3° the wrong way would move it ~40 px.
    const page = barsPage(0);
    for (let y = 100; y < 120; y++) page.pixels.fill(0, y * page.width + 100, y * page.width + 120);
    const straight = await straightenPage(page, 3);
    let [x0, y0, x1, y1] = [page.width, page.height, 0, 0];
    for (let y = 0; y < page.height; y++)
      for (let x = 0; x < page.width; x++)
        if (straight.pixels[y * page.width + x]! < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
    // The square did move on the straightened page, and comes back to its place.
    expect(Math.abs(y0 - 100) + Math.abs(x0 - 100)).toBeGreaterThan(15);
    const back = turnBoxBack(box(x0, y0, x1, y1), 3, page).bbox;
    expect(Math.abs((back.x0 + back.x1) / 2 - 110)).toBeLessThanOrEqual(3);
    expect(Math.abs((back.y0 + back.y1) / 2 - 110)).toBeLessThanOrEqual(3);
  });
});

describe('readPage: a skewed scan keeps its paragraphs', () => {
  it('a letter turned 3° clockwise: the paragraph the automatic layout loses is read after straightening', async () => {
    const jpeg = await scan(3);
    const before = await readPage(jpeg, 'jpeg', 0, { ...options, readMissedText: false });
    expect(before.page.text).not.toMatch(/fristavbrytende/);
    const { page, secondLook, prepared } = await readPage(jpeg, 'jpeg', 0, options);
    expect(page.text).toMatch(/Klagen er\s+fristavbrytende/);
    expect(secondLook).toMatchObject({ kept: 'straightened', skew: 3 });
    expect(secondLook && !('failed' in secondLook) && secondLook.unreadAfter).toBeLessThan(UNREAD_SHARE);
    // Its word boxes fit the page as scanned (the archivist's image): the word's box holds ink there.
    const word = page.words.find((w) => w.text.startsWith('fristavbrytende'))!;
    const { x0, y0, x1, y1 } = word.bbox;
    let dark = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (prepared!.pixels[y * prepared!.width + x]! < 128) dark++;
    expect(dark / ((x1 - x0) * (y1 - y0))).toBeGreaterThan(0.1);
  });

  it('the same letter unskewed reads whole and does not trigger the second look', async () => {
    const { page, secondLook } = await readPage(await scan(0), 'jpeg', 0, options);
    expect(page.text).toMatch(/Klagen er\s+fristavbrytende/);
    expect(secondLook).toMatchObject({ fired: false, kept: 'first', skew: 0 });
  });

  it('a straight letter under a big dark logo fires the gate (the logo is unread ink) and keeps its first reading\'s text', async () => {
    // The review's straight logo page: one block read over it added a line of noise and was kept on a tie.
    const jpeg = await scanWithLogo();
    const first = await readPage(jpeg, 'jpeg', 0, { ...options, readMissedText: false });
    const { page, secondLook } = await readPage(jpeg, 'jpeg', 0, options);
    expect(page.text).toBe(first.page.text);
    expect(secondLook).toMatchObject({ fired: true, kept: 'first', skew: 0 });
    expect(page.text).toMatch(/Klagen gjelder hele vedtaket/);
  });
});
