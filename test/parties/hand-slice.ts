import { describe, expect, it } from 'vitest';
import { checkDigits } from '../../corpus/people.ts';
import type { HandWrittenLetter } from '../../corpus/parties/common.ts';

/** A hand-written slice's own truth: what the letters say, synthetic ids only, a held-out third. */
export function describeHandSlice(title: string, letters: readonly HandWrittenLetter[], isHeldOut: (id: string) => boolean, atLeast: number): void {
  describe(title, () => {
    it(`has at least ${atLeast} letters with unique ids, a third of them held out`, () => {
      expect(letters.length).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
      expect(letters.filter((l) => isHeldOut(l.id)).length).toBe(Math.floor(letters.length / 3));
    });

    it('writes every party its truth names, in the letter', () => {
      for (const l of letters) {
        const flat = l.text.replace(/\s+/gu, ' ');
        expect(flat, l.id).toContain(l.truth.appellant!.name);
        if (l.truth.representative) expect(flat, l.id).toContain(l.truth.representative.name);
        for (const line of [...l.truth.appellant!.address, ...(l.truth.representative?.address ?? [])]) {
          expect(flat, `${l.id}: ${line}`).toContain(line.split(', ')[0]!);
        }
      }
    });

    it('writes only synthetic national ids (birth month + 80) with valid check digits', () => {
      for (const l of letters) {
        for (const [id] of l.text.matchAll(/\b\d{11}\b/gu)) {
          expect(Number(id.slice(2, 4)), l.id).toBeGreaterThan(80);
          expect(checkDigits(id.slice(0, 9)), l.id).toBe(id.slice(9));
        }
      }
    });
  });
}
