import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { representativesAndOfficesLetters } from '../../corpus/parties/representatives-and-offices.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The tenth development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the representatives-and-offices generator (tenth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = representativesAndOfficesLetters(11, 400, table.places);

  it('writes each truth name and address line into the letter; an address it leaves out is empty in the truth', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        expect(l.text, `${l.id}: ${p.name}`).toContain(p.name);
        for (const line of p.address) expect(l.text, `${l.id}: ${line}`).toContain(line);
      }
      const withAddress = !/no-(?:client-|ward-)?address$/u.test(l.style) && !l.style.startsWith('helperOnly-') && !/^memberOrganisation-(?:member-line|no-address)$/u.test(l.style);
      expect(l.truth.appellant!.address.length > 0, l.id).toBe(withAddress);
    }
  });

  it('gives Norwegian addresses Posten’s postcodes, covers every kind, never makes the appellant their own representative, and is the same for the same seed', () => {
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    expect(norwegian.length).toBeGreaterThan(100);
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['firmRegarding-', 'memberOrganisation-', 'serviceOffice-', 'appointedGuardian-', 'blockBelowBody-', 'helperOnly-', 'solicitorEnglish-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    // A clerk who wrote an appeal down is no fullmektig; every other kind has one.
    for (const l of letters) expect(l.truth.representative === null, l.id).toBe(l.style.startsWith('serviceOffice-'));
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name, l.id).not.toBe(l.truth.appellant!.name);
    expect(representativesAndOfficesLetters(11, 400, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
