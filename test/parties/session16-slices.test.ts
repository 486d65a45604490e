import { describe, expect, it } from 'vitest';
import { addressTrapLetters } from '../../corpus/parties/address-traps.ts';
import { fiveLanguageRepresentativeLetters } from '../../corpus/parties/representatives-five.ts';

/** The two hand-written slices of session 16: each truth is in its letter, and the ids in them are synthetic. */
describe.each([
  ['address traps', addressTrapLetters()],
  ['representatives in five languages', fiveLanguageRepresentativeLetters()],
])('%s', (_name, letters) => {
  it('has unique ids', () => {
    expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
  });
  it('writes every party of its truth, and every address line, in the letter', () => {
    for (const l of letters) {
      const parties = [l.truth.appellant, l.truth.representative].filter((p) => p !== null);
      for (const p of parties) {
        expect(l.text, l.id).toContain(p.name);
        for (const line of p.address) expect(l.text, `${l.id}: ${line}`).toContain(line);
      }
    }
  });
  it('writes only synthetic national ids (birth month + 80)', () => {
    for (const l of letters) {
      for (const id of l.text.match(/\b\d{11}\b/gu) ?? []) expect(Number(id.slice(2, 4)), l.id).toBeGreaterThan(80);
    }
  });
});

it('the address-trap slice has letters whose right answer is no address', () => {
  expect(addressTrapLetters().filter((l) => l.truth.appellant?.address.length === 0).length).toBeGreaterThanOrEqual(20);
});
