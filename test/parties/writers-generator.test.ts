import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { writerLetters } from '../../corpus/parties/writers.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The second development slice of eval:parties is only a measure if its truth is what its letters say. */
describe('the writers generator (second development slice)', () => {
  const table = norwegianPostcodes();
  const letters = writerLetters(7, 400, table.places);
  const damaged = (style: string) => style.startsWith('damaged-');

  it('writes every word of every truth name and address into the letter, except the postcode a scan damaged', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        const words = [p.name, ...(damaged(l.style) ? p.address.slice(0, -1) : p.address)].join(' ').split(/[\s,]+/u).filter((w) => w !== '');
        for (const word of words) expect(l.text, `${l.id}: ${word}`).toContain(word);
      }
    }
  });

  it('damages the postcode it says it damaged, and gives Norwegian addresses Posten’s postcodes', () => {
    for (const l of letters.filter((l) => damaged(l.style))) expect(l.text).not.toContain(l.truth.appellant!.address.at(-1)!);
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    expect(norwegian.length).toBeGreaterThan(200);
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
  });

  it('covers every kind and language, never names the writer and the appellant alike, and is the same for the same seed', () => {
    for (const kind of ['window-', 'one-line-', 'box-', 'foreign-', 'particles-', 'representative-', 'signer-elsewhere-', 'damaged-']) expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nb', 'nn', 'sv', 'da', 'en']));
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name).not.toBe(l.truth.appellant!.name);
    expect(writerLetters(7, 400, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
