import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { styleLetters } from '../../corpus/parties/styles.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The styles slice of eval:parties is only a measure if its truth is what its letters say. */
describe('the styles generator', () => {
  const table = norwegianPostcodes();
  const letters = styleLetters(5, 400, table.places);

  it('writes every word of every truth name and address into the letter', () => {
    for (const l of letters) {
      const people = [l.truth.appellant, l.truth.representative].filter((p) => p !== null);
      for (const p of people) {
        for (const word of [p.name, ...p.address].join(' ').split(/[\s,]+/u).filter((w) => w !== '')) expect(l.text, `${l.id}: ${word}`).toContain(word);
      }
    }
  });

  it('gives Norwegian addresses whose postcode and place agree by Posten’s table', () => {
    const addresses = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => a.length > 0);
    expect(addresses.length).toBeGreaterThan(200);
    for (const a of addresses) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
  });

  it('covers every kind of writer and language, and is the same for the same seed', () => {
    expect(new Set(letters.map((l) => l.style.split('-')[0]))).toEqual(new Set(['email', 'transfer', 'form', 'lawyer', 'relative', 'self', 'abroad', 'practitioner']));
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nb', 'nn', 'sv', 'da', 'en']));
    expect(styleLetters(5, 400, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
