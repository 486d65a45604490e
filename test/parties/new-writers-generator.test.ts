import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { newWriterLetters } from '../../corpus/parties/new-writers.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The fourteenth development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the new-writers generator (fourteenth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = newWriterLetters(15, 110, table.places);
  const lower = (s: string) => s.toLowerCase();

  it('writes each truth name and address line into the letter (in lower case where the letter is)', () => {
    for (const l of letters) {
      const text = l.style.startsWith('lowerCase') ? lower(l.text) : l.text;
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        expect(text, `${l.id}: ${p.name}`).toContain(l.style.startsWith('lowerCase') ? lower(p.name) : p.name);
        for (const line of p.address) expect(text, `${l.id}: ${line}`).toContain(l.style.startsWith('lowerCase') ? lower(line) : line);
      }
    }
  });

  it('gives the new address after a move, never the head’s old one, and no address for a body’s former street', () => {
    for (const l of letters.filter((l) => l.style.startsWith('addressChange-'))) {
      const head = l.text.split('\n').slice(1, 3);
      expect(l.truth.appellant!.address, l.id).not.toEqual(head);
      expect(l.text.indexOf(l.truth.appellant!.address[0]!), l.id).toBeGreaterThan(l.text.indexOf(head[1]!));
    }
    for (const l of letters.filter((l) => l.style.startsWith('lowerCaseBodyAddress-'))) expect(l.truth.appellant!.address, l.id).toEqual([]);
  });

  it('has a representative exactly where someone writes on the appellant’s behalf', () => {
    const without = ['lowerCase', 'mentionedNotRepresentative-', 'addressChange-'];
    for (const l of letters) expect(l.truth.representative === null, l.style).toBe(without.some((k) => l.style.startsWith(k)));
  });

  it('gives Posten’s postcodes, covers every kind and five languages, and is the same for the same seed', () => {
    for (const l of letters) for (const a of [l.truth.appellant!.address, l.truth.representative?.address ?? []]) if (a.length === 2 && /^\d{4} /u.test(a[1]!)) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['lowerCaseSignature-', 'lowerCaseBodyAddress-', 'careHomeHead-', 'careHomeSignature-', 'lawyerInSignature-client-address', 'lawyerInSignature-no-client-address', 'fullmektigLine-', 'onBehalfOfMother-', 'organisationForMember-', 'mentionedNotRepresentative-gp', 'mentionedNotRepresentative-nurse', 'mentionedNotRepresentative-former-lawyer', 'addressChange-']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nb', 'nn', 'sv', 'da', 'en']));
    expect(newWriterLetters(15, 110, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
