import { describe, expect, it } from 'vitest';
import { moreTrainFamiliesK } from '../../corpus/families-more-k.ts';
import { docText, generateCorpus } from '../../corpus/generate.ts';

// Session 9's families: writers the corpus had no voice for (a municipality's caseworker, a hospital
// department's office, an insurer). Only the caseworker, who writes with a power of attorney, is recorded
// as acting for the party (their truth and template syntax: corpus-more-i.test.ts).
describe('corpus families of session 9 (office writers)', () => {
  const ids = new Set(moreTrainFamiliesK.map((f) => f.id));
  const docs = generateCorpus({ seed: 31, split: 'train', count: 3000, familyFilter: (f) => ids.has(f.id) });

  it('sign with the office and its writer, and name a representative only for the caseworker', () => {
    for (const doc of docs) {
      const family = moreTrainFamiliesK.find((f) => f.id === doc.family)!;
      const text = docText(doc);
      const representative = doc.parties?.representative ?? null;
      if (family.sender === 'municipality') {
        expect(representative, doc.family).not.toBeNull();
        expect(text).toContain(representative!.name);
        expect(text).toMatch(/fullmakt/i);
      } else {
        expect(representative, doc.family).toBeNull();
      }
      if (family.sender === 'insurer') expect(text).toMatch(/Skadenummer \d{8}/);
    }
  });

  it('sign with the office and its unit as the letter head names them', () => {
    for (const doc of docs) {
      const lines = docText(doc).split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l !== '' && !/^side \d+ av \d+$/.test(l));
      // The head names office and unit first (a stamp may stand between); the signature closes with the unit, then the office.
      const head = lines.slice(0, 4);
      const signed = lines.some((l, i) => i >= 4 && head.includes(l) && head.includes(lines[i + 1]!) && head.indexOf(lines[i + 1]!) < head.indexOf(l));
      expect(signed, doc.family).toBe(true);
    }
  });

  it("an insurer names its occupational-injury desk or insurance only in an occupational injury's letter (review of model9)", () => {
    const insurers = docs.filter((d) => moreTrainFamiliesK.find((f) => f.id === d.family)!.sender === 'insurer');
    expect(insurers.some((d) => d.area !== 'occupational_injury')).toBe(true);
    for (const doc of insurers) if (doc.area !== 'occupational_injury') expect(docText(doc), doc.family).not.toMatch(/yrkesskade/i);
  });
});
