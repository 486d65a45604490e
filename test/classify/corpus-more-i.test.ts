import { describe, expect, it } from 'vitest';
import { isValidNationalId } from '#domain/fields/index';
import { moreTrainFamiliesH } from '../../corpus/families-more-h.ts';
import { moreTrainFamiliesI, moreTrainFamiliesJ } from '../../corpus/families-more-i.ts';
import { moreTrainFamiliesK } from '../../corpus/families-more-k.ts';
import { docText, generateCorpus } from '../../corpus/generate.ts';

// Session 7's families (more-h, more-i, more-j) and session 9's (more-k): their letters carry the truth
// the generator records, and the practitioner-written sanctions letters are about sanctions only.
const sevenths = [...moreTrainFamiliesH, ...moreTrainFamiliesI, ...moreTrainFamiliesJ, ...moreTrainFamiliesK];

describe('corpus families of sessions 7 and 9', () => {
  const ids = new Set(sevenths.map((f) => f.id));
  const docs = generateCorpus({ seed: 31, split: 'train', count: 3000, familyFilter: (f) => ids.has(f.id) });

  it('are train families, each written at least once, with no template syntax left in the text', () => {
    expect(sevenths.every((f) => f.split === 'train')).toBe(true);
    expect(new Set(docs.map((d) => d.family))).toEqual(ids);
    for (const doc of docs) expect(docText(doc), doc.family).not.toMatch(/[[\]{}]/);
  });

  it('record every national id they write, as a valid synthetic one', () => {
    for (const doc of docs) {
      const joined = docText(doc).replace(/(\d{6})[ \n](\d{5})/g, '$1$2');
      for (const id of doc.truth.nationalIds) {
        expect(isValidNationalId(id)).toBe(true);
        expect(joined).toContain(id);
      }
    }
  });

  it('write the practitioner-written letters about practitioner sanctions only', () => {
    const practitioners = new Set(moreTrainFamiliesI.filter((f) => f.areas?.includes('practitioner_sanctions')).map((f) => f.id));
    const written = docs.filter((d) => practitioners.has(d.family));
    expect(written.length).toBeGreaterThan(0);
    for (const doc of written) expect(doc.area, doc.family).toBe('practitioner_sanctions');
  });
});
