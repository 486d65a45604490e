import { afterAll, describe, expect, it, vi } from 'vitest';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import type { PageReaders } from '#engines/ocr/skew-reading';
import { secondLookLogFields } from '#stages/extract-page';
import { scan } from '../support/skewed-letters.ts';

// readPage's second look with readers that fail as a dying OCR worker would: the real readMissedText
// (gate, estimate, turn) runs, only its readers are swapped for ones that throw.
const failures = vi.hoisted(() => ({ count: 0 }));
vi.mock('#engines/ocr/skew-reading', async (importOriginal) => {
  const real = await importOriginal<typeof import('#engines/ocr/skew-reading')>();
  const failing = async (): Promise<never> => {
    failures.count++;
    throw new Error('OCR worker exited');
  };
  const readers: PageReaders = { read: failing, readOneBlock: failing };
  return { ...real, readMissedText: (page: Parameters<typeof real.readMissedText>[0], first: Parameters<typeof real.readMissedText>[1]) => real.readMissedText(page, first, readers) };
});

process.env.POSTMOTTAK_OCR_WORKERS = '1';
const options = { hasTextLayer: false, languages: ['nor', 'eng'], targetDpi: 200 };
afterAll(async () => {
  await shutdownOcr();
});

describe('a second look that fails', () => {
  it('keeps the page\'s first reading: a letter turned 3° (the gate fires) reads as it does without the look, and says it failed', async () => {
    const jpeg = await scan(3);
    const without = await readPage(jpeg, 'jpeg', 0, { ...options, readMissedText: false });
    const { page, secondLook } = await readPage(jpeg, 'jpeg', 0, options);
    expect(failures.count).toBe(1);
    expect(secondLook).toEqual({ failed: true, kept: 'first' });
    expect(page.text).toBe(without.page.text);
    expect(page.words).toEqual(without.page.words);
  });
});

describe('the "page read" log line\'s second-look fields', () => {
  it('counts and flags only: fired or not, failed, the reading kept, the angle, unread shares', () => {
    expect(secondLookLogFields(undefined)).toEqual({});
    expect(secondLookLogFields({ failed: true, kept: 'first' })).toEqual({ secondLook: 'failed' });
    expect(secondLookLogFields({ fired: false, kept: 'first', skew: 0, unreadBefore: 0.0213, unreadAfter: 0.0213 })).toEqual({ secondLook: 'not_fired', unread: 0.02 });
    expect(secondLookLogFields({ fired: true, kept: 'straightened', skew: 2.75, unreadBefore: 0.528, unreadAfter: 0 })).toEqual({ secondLook: 'straightened', skewDeg: 2.75, unread: 0.53, unreadAfter: 0 });
    // A straight page with a logo: fired, nothing read again.
    expect(secondLookLogFields({ fired: true, kept: 'first', skew: 0, unreadBefore: 0.465, unreadAfter: 0.465 })).toEqual({ secondLook: 'first', skewDeg: 0, unread: 0.47, unreadAfter: 0.47 });
  });
});
