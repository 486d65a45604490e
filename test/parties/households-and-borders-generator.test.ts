import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { householdsAndBordersLetters } from '../../corpus/parties/households-and-borders.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The ninth development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the households-and-borders generator (ninth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = householdsAndBordersLetters(9, 400, table.places);

  it('writes each truth name and each address line into the letter, and no address the letter leaves out', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        expect(l.text, `${l.id}: ${p.name}`).toContain(p.name);
        // A postcode line may be written with its code and place apart (a flattened head, a form's two fields): each is checked.
        for (const line of p.address) for (const part of /^\d{4} /u.test(line) ? [line.slice(0, 4), line.slice(5)] : [line]) expect(l.text, `${l.id}: ${line}`).toContain(part);
      }
      if (l.style.endsWith('no-ward-address')) expect(l.truth.appellant!.address, l.id).toEqual([]);
      else expect(l.truth.appellant!.address.length, l.id).toBeGreaterThan(1);
    }
  });

  it('gives Norwegian addresses Posten’s postcodes, covers every kind, and is the same for the same seed', () => {
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    expect(norwegian.length).toBeGreaterThan(100);
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['signatureAddress-', 'flattenedColumns-', 'guardianReference-', 'abroadNordic-', 'manyPeople-', 'handForm-', 'emigrantEnglish-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name, l.id).not.toBe(l.truth.appellant!.name);
    expect(householdsAndBordersLetters(9, 400, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
