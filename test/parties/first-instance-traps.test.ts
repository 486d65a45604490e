import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { firstInstanceTraps } from '../../corpus/parties/first-instance-letters.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * The sixth slice of eval:parties (issue #16, review of session 7): labelled lines that are not the
 * appellant's representative. Its precision figure is only a measure if its truth is what its letters
 * say, and a reader that takes every labelled line must fail it.
 */
describe('the first-instance traps generator (sixth slice)', () => {
  const table = norwegianPostcodes();
  const letters = firstInstanceTraps(9, 160, table.places);

  it('writes every kind, with and without a true representative, and each truth into its letter', () => {
    const styles = new Set(letters.map((l) => l.style));
    for (const s of ['trap-anke-rep', 'trap-anke-none', 'trap-nav-lawyer-rep', 'trap-nav-lawyer-none', 'trap-own-name-rep', 'trap-own-name-none', 'trap-forward-mail']) expect(styles).toContain(s);
    for (const l of letters) {
      expect(l.text).toContain(l.truth.appellant!.name);
      if (l.truth.representative) expect(l.text).toContain(`advokat ${l.truth.representative.name}, ${l.truth.representative.firm}, ${l.truth.representative.address.join(', ')}`);
    }
  });

  it('gives no representative who is not the letter’s, and finds the true one', () => {
    const parties = letters.map((l) => ({ l, rep: extractParties(l.text, { postcodes: table }).find((p) => p.role === 'representative') ?? null }));
    const wrong = parties.filter(({ l, rep }) => rep !== null && rep.name !== l.truth.representative?.name).map(({ l }) => l.style);
    expect(wrong).toEqual([]);
    const missed = parties.filter(({ l, rep }) => l.truth.representative && !rep).map(({ l }) => l.style);
    expect(missed).toEqual([]);
  });
});
