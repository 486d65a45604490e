import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { formsAndOrdersLetters } from '../../corpus/parties/forms-and-orders.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The seventh development slice of eval:parties is only a measure if its truth is what its letters say. */
describe('the forms-and-orders generator (seventh development slice)', () => {
  const table = norwegianPostcodes();
  const letters = formsAndOrdersLetters(7, 500, table.places);
  const fold = (s: string) => s.toLowerCase();

  it('writes every word of every truth name and address into the letter (a broken postcode apart)', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        const address = l.style.startsWith('brokenPostcode-') ? p.address.slice(0, -1) : p.address;
        const words = [p.name, ...address].join(' ').split(/[\s,]+/u).filter((w) => w !== '');
        for (const word of words) expect(fold(l.text), `${l.id}: ${word}`).toContain(fold(word));
      }
    }
  });

  it('gives Norwegian addresses Posten’s postcodes, and breaks the written postcode where the kind says', () => {
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    expect(norwegian.length).toBeGreaterThan(250);
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const l of letters.filter((l) => l.style.startsWith('brokenPostcode-'))) expect(l.text, l.id).not.toContain(l.truth.appellant!.address.at(-1)!);
  });

  it('covers every kind, never names the representative and the appellant alike, and is the same for the same seed', () => {
    for (const kind of ['twoColumnForm-', 'eitherField-', 'rightBlock-', 'footAfterAttachments-', 'commaTail-', 'surnameFirst-', 'doubleNames-', 'abroad-', 'organisationWrites-', 'brokenPostcode-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name, l.id).not.toBe(l.truth.appellant!.name);
    expect(formsAndOrdersLetters(7, 500, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
