import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { otherAddressLetters } from '../../corpus/parties/other-addresses.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The twelfth development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the other-addresses generator (twelfth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = otherAddressLetters(13, 120, table.places);

  it('writes each truth name and address line into the letter; a letter that does not say which of two addresses, or a resident with none, has none in the truth', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        expect(l.text, `${l.id}: ${p.name}`).toContain(p.name);
        for (const line of p.address) expect(l.text, `${l.id}: ${line}`).toContain(line);
      }
      const none = l.style === 'twoAddresses-two-without-choice' || l.style.startsWith('careHomeForResident-');
      expect(l.truth.appellant!.address.length === 0, l.id).toBe(none);
    }
  });

  it('gives Posten’s postcodes, covers every kind in nynorsk and bokmål, has a representative only for the care home, and is the same for the same seed', () => {
    for (const l of letters) for (const a of [l.truth.appellant!.address, l.truth.representative?.address ?? []]) if (a.length > 0) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['footerBlockNynorsk-', 'twoAddresses-reply-to-temporary', 'twoAddresses-two-without-choice', 'careHomeForResident-', 'postBoxHead-', 'commaOneLine-top', 'commaOneLine-under-signature', 'addressInSentence-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nn', 'nb']));
    for (const l of letters) expect(l.truth.representative === null, l.id).toBe(!l.style.startsWith('careHomeForResident-'));
    expect(otherAddressLetters(13, 120, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
