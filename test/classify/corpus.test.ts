import { describe, expect, it } from 'vitest';
import { isValidNationalId } from '#domain/fields/index';
import { documentTypes } from '#schemas/taxonomy';
import { families } from '../../corpus/families.ts';
import { docText, generateCorpus } from '../../corpus/generate.ts';
import { checkDigits } from '../../corpus/people.ts';

describe('corpus generator', () => {
  const train = generateCorpus({ seed: 11, split: 'train', count: 130 });
  const evalDocs = generateCorpus({ seed: 11, split: 'eval', count: 130 });

  it('is deterministic for a seed', () => {
    expect(generateCorpus({ seed: 11, split: 'eval', count: 20 })).toEqual(evalDocs.slice(0, 20));
    expect(generateCorpus({ seed: 12, split: 'eval', count: 5 })).not.toEqual(evalDocs.slice(0, 5));
  });

  it('keeps eval templates out of training: disjoint families, no shared template line', () => {
    const trainIds = new Set(families.filter((f) => f.split === 'train').map((f) => f.id));
    expect(train.every((d) => trainIds.has(d.family))).toBe(true);
    expect(evalDocs.every((d) => !trainIds.has(d.family))).toBe(true);
    // A line that is only slots ("{medical}") or a form label ("Trygderettens saksnr.: {ref}") has no phrasing of its own.
    const phrased = (line: string) => line.replace(/\{\w+\}/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 3;
    const trainLines = new Set(families.filter((f) => f.split === 'train').flatMap((f) => f.body));
    for (const f of families.filter((x) => x.split === 'eval')) for (const line of f.body.filter(phrased)) expect(trainLines.has(line), line).toBe(false);
  });

  it('has train and eval families for every document type', () => {
    for (const type of documentTypes) {
      expect(families.some((f) => f.type === type && f.split === 'train')).toBe(true);
      expect(families.some((f) => f.type === type && f.split === 'eval')).toBe(true);
    }
    expect(new Set(evalDocs.map((d) => d.documentType)).size).toBe(documentTypes.length);
  });

  it('writes only synthetic national ids (month + 80, valid check digits), each as recorded', () => {
    for (const doc of [...train, ...evalDocs]) {
      const text = docText(doc).replace(/(\d{6})[ \n](\d{5})/g, '$1$2');
      for (const id of doc.truth.nationalIds) {
        expect(Number(id.slice(2, 4))).toBeGreaterThan(80);
        expect(isValidNationalId(id)).toBe(true);
        expect(text).toContain(id);
      }
    }
  });

  it('computes mod-11 check digits', () => {
    // 12838512345 would need check digits 45; the real ones for 128385123 are computed.
    const nine = '128385123';
    const check = checkDigits(nine);
    if (check === null) expect(check).toBeNull();
    else expect(isValidNationalId(nine + check)).toBe(true);
  });

  it('records every case reference and decision date it writes', () => {
    for (const doc of evalDocs) {
      const text = docText(doc);
      for (const ref of doc.truth.caseReferences) expect(text).toContain(ref);
      for (const match of text.matchAll(/\b(?:19|20)\d{2}\/\d{4,}\b/g)) expect(doc.truth.caseReferences).toContain(match[0]);
    }
    expect(evalDocs.some((d) => d.truth.decisionDate !== null)).toBe(true);
    expect(evalDocs.filter((d) => d.documentType === 'invoice').every((d) => d.truth.decisionDate === null)).toBe(true);
  });
});
