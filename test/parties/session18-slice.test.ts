import { describe, expect, it } from 'vitest';
import { checkDigits } from '../../corpus/people.ts';
import { isHeldOut, session18Letters } from '../../corpus/parties/session18-writers.ts';

/** The eighteenth slice's own truth: what the letters say, synthetic ids only, a held-out third. */
describe('session 18 slice', () => {
  const letters = session18Letters();

  it('has at least 34 letters with unique ids, a third of them held out', () => {
    expect(letters.length).toBeGreaterThanOrEqual(34);
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
