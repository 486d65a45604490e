import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { whoAnswersLetters } from '../../corpus/parties/who-answers.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The thirteenth development slice of eval:parties measures the reader only if its truth is what its letters say. */
describe('the who-answers generator (thirteenth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = whoAnswersLetters(14, 120, table.places);
  const withoutRepresentative = ['othersMentioned-', 'notRepresentative-', 'employeeForResident-care-home-helped-only', 'employeeForResident-municipality-helped-only'];

  it('writes each truth name and address line into the letter', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        expect(l.text, `${l.id}: ${p.name}`).toContain(p.name);
        for (const line of p.address) expect(l.text, `${l.id}: ${line}`).toContain(line);
      }
    }
  });

  it('has a representative exactly where someone writes on the appellant’s behalf, never for a person only mentioned', () => {
    for (const l of letters) expect(l.truth.representative === null, l.style).toBe(withoutRepresentative.some((k) => l.style.startsWith(k)));
    for (const l of letters.filter((l) => l.style.startsWith('othersMentioned-'))) expect(l.truth.appellant!.address.length, l.id).toBe(2);
  });

  it('gives Posten’s postcodes, covers every kind in nynorsk and bokmål, and is the same for the same seed', () => {
    for (const l of letters) for (const a of [l.truth.appellant!.address, l.truth.representative?.address ?? []]) if (a.length === 2 && /^\d{4} /u.test(a[1]!)) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
    for (const kind of ['guardianForAdult-', 'parentForChild-', 'relativeOnBehalf-fullmakt-enclosed', 'relativeOnBehalf-no-fullmakt', 'employeeForResident-care-home-on-behalf', 'employeeForResident-municipality-on-behalf', 'organisationForMember-organisation', 'organisationForMember-union-lawyer', 'lawyerAbroad-swedish', 'lawyerAbroad-danish', 'lawyerAbroad-english', 'fullmaktParagraphAtEnd-', 'notRepresentative-', 'othersMentioned-doctor', 'othersMentioned-nurse', 'othersMentioned-nav-employee', 'othersMentioned-former-lawyer']) {
      expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    }
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nn', 'nb']));
    expect(whoAnswersLetters(14, 120, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
