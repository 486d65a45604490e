import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { notesAndInstitutionsLetters } from '../../corpus/parties/notes-and-institutions.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The eighth development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the notes-and-institutions generator (eighth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = notesAndInstitutionsLetters(9, 400, table.places);

  it('writes each truth name and each address line into the letter, and no address the letter leaves out', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        expect(l.text, `${l.id}: ${p.name}`).toContain(p.name);
        for (const line of p.address) expect(l.text, `${l.id}: ${line}`).toContain(line);
      }
      if (l.style.endsWith('no-address') || l.style.endsWith('no-client-address')) expect(l.truth.appellant!.address, l.id).toEqual([]);
    }
  });

  it('gives Norwegian addresses Posten’s postcodes, covers every kind, and is the same for the same seed', () => {
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['printedMail-', 'note-', 'flatNumber-', 'gpDeclaration-', 'hospitalDepartment-', 'forParent-', 'caseworkerForUser-', 'lawFirmFooter-', 'overseas-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name, l.id).not.toBe(l.truth.appellant!.name);
    expect(notesAndInstitutionsLetters(9, 400, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
