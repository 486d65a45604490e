import { describe, expect, it } from 'vitest';
import { isValidNationalId } from '#domain/fields/index';
import { documentTypes } from '#schemas/taxonomy';
import { moreTrainFamiliesE } from '../../corpus/families-more-e.ts';
import { moreTrainFamiliesF } from '../../corpus/families-more-f.ts';
import { moreTrainFamiliesG } from '../../corpus/families-more-g.ts';
import { docText, generateCorpus } from '../../corpus/generate.ts';

// The new writers' families (e-mails, notes, relatives, organisations, forms and tables): their letters
// must carry the truth the generator records, like every other family's.
const newFamilies = [...moreTrainFamiliesE, ...moreTrainFamiliesF, ...moreTrainFamiliesG];

describe('corpus families of new writers', () => {
  const newIds = new Set(newFamilies.map((f) => f.id));
  const docs = generateCorpus({ seed: 29, split: 'train', count: 4000, familyFilter: (f) => newIds.has(f.id) });

  it('are train families of every document type, each written at least once', () => {
    expect(new Set(docs.map((d) => d.documentType)).size).toBe(documentTypes.length);
    expect(new Set(docs.map((d) => d.family))).toEqual(newIds);
    expect(newFamilies.every((f) => f.split === 'train')).toBe(true);
  });

  it('leave no template syntax in the text', () => {
    for (const doc of docs) expect(docText(doc), doc.family).not.toMatch(/[[\]{}]/);
  });

  it('record every national id and unlabelled case number they write', () => {
    for (const doc of docs) {
      const text = docText(doc);
      const joined = text.replace(/(\d{6})[ \n](\d{5})/g, '$1$2');
      for (const id of doc.truth.nationalIds) {
        expect(isValidNationalId(id)).toBe(true);
        expect(joined).toContain(id);
      }
      for (const ref of doc.truth.caseReferences) expect(text).toContain(ref);
      for (const match of text.matchAll(/\b(?:19|20)\d{2}\/\d{4,}\b/g)) expect(doc.truth.caseReferences, doc.family).toContain(match[0]);
    }
  });

  it('write fee tables that add up: fees plus expenses plus VAT is the total', () => {
    const amount = (s: string) => Number(s.replace(/ /g, '').replace(',', '.'));
    const tables = docs.filter((d) => /Merverdiavgift 25 %|VAT 25 %/.test(docText(d)));
    expect(tables.length).toBeGreaterThan(5);
    for (const doc of tables) {
      const text = docText(doc).replace(/\n/g, ' ');
      const num = '((?:\\d{1,3} )*\\d{1,3},\\d{2})';
      const fees = amount(text.match(new RegExp(`(?:timer|hours) at(?: NOK| kr)? ${num} │ (?:kr|NOK) ${num}`))?.[2] ?? text.match(new RegExp(`à kr ${num} │ kr ${num}`))![2]!);
      const expenses = amount(text.match(new RegExp(`(?:journal\\)|Disbursements) │ (?:kr|NOK) ${num}`))![1]!);
      const vat = amount(text.match(new RegExp(`(?:Merverdiavgift|VAT) 25 % │ (?:kr|NOK) ${num}`))![1]!);
      const total = amount(text.match(new RegExp(`(?:Sum krav|Totalt|Til sammen|Total claimed) │ (?:kr|NOK) ${num}`))![1]!);
      // VAT is rounded to the øre.
      expect(Math.abs(vat - (fees + expenses) * 0.25), doc.id).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(total, doc.id).toBeCloseTo(fees + expenses + vat, 2);
    }
  });

  it('name a relative or an organisation as the representative, and the party as appellant', () => {
    const byFamily = new Map(newFamilies.map((f) => [f.id, f]));
    const represented = docs.filter((d) => ['relative', 'organisation'].includes(byFamily.get(d.family)!.sender));
    expect(represented.length).toBeGreaterThan(20);
    for (const doc of represented) {
      const text = docText(doc);
      expect(doc.parties?.representative, doc.id).toBeTruthy();
      expect(text).toContain(doc.parties!.representative!.name);
      if (doc.parties?.appellant) expect(text).toContain(doc.parties.appellant.name);
      expect(doc.parties!.representative!.name).not.toBe(doc.parties?.appellant?.name);
    }
  });
});
