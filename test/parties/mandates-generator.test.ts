import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { mandateLetters } from '../../corpus/parties/mandates.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The eleventh development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the mandates generator (eleventh development slice)', () => {
  const table = norwegianPostcodes();
  const letters = mandateLetters(12, 400, table.places);

  it('writes each truth name and address line into the letter; an address it leaves out is empty in the truth', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        // The English solicitor writes the client in capitals in the «RE:» line.
        expect(l.text.toLowerCase(), `${l.id}: ${p.name}`).toContain(p.name.toLowerCase());
        for (const line of p.address) expect(l.text, `${l.id}: ${line}`).toContain(line);
      }
      const withAddress = !/no-(?:client-)?address$/u.test(l.style) && !/^lawyerClientNamed-.*-no-client-address$/u.test(l.style);
      expect(l.truth.appellant!.address.length > 0, l.id).toBe(withAddress);
    }
  });

  it('gives Norwegian addresses Posten’s postcodes, covers every kind, never makes the appellant their own representative, and is the same for the same seed', () => {
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    expect(norwegian.length).toBeGreaterThan(100);
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['lawyerClientNamed-', 'parentForChild-', 'fullmaktRelative-', 'navOfficeForUser-', 'swedishLawFirm-', 'solicitorOwnLinePostcode-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    // A Nav counsellor who helped a user write is no fullmektig; every other kind has one.
    for (const l of letters) expect(l.truth.representative === null, l.id).toBe(l.style.startsWith('navOfficeForUser-'));
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name, l.id).not.toBe(l.truth.appellant!.name);
    expect(mandateLetters(12, 400, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
