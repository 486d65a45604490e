import { describe, expect, it } from 'vitest';
import { isValidNationalId } from '#domain/fields/index';
import { moreTrainFamiliesH } from '../../corpus/families-more-h.ts';
import { moreTrainFamiliesI, moreTrainFamiliesJ } from '../../corpus/families-more-i.ts';
import { moreTrainFamiliesK } from '../../corpus/families-more-k.ts';
import { moreTrainFamiliesL } from '../../corpus/families-more-l.ts';
import { docText, generateCorpus } from '../../corpus/generate.ts';
import { layWords } from '../../corpus/lay-words.ts';

// Session 7's families (more-h, more-i, more-j), session 9's (more-k) and session 13's (more-l): their letters
// carry the truth the generator records, and the practitioner-written sanctions letters are about sanctions only.
const sevenths = [...moreTrainFamiliesH, ...moreTrainFamiliesI, ...moreTrainFamiliesJ, ...moreTrainFamiliesK, ...moreTrainFamiliesL];

describe('corpus families of sessions 7, 9 and 13', () => {
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

describe('the writer\'s own words for a benefit (more-l)', () => {
  it('name one area each: no phrase is written for two areas in the same language', () => {
    const owner = new Map<string, string>();
    for (const [area, byLang] of Object.entries(layWords)) {
      for (const [lang, words] of Object.entries(byLang)) {
        for (const w of words) {
          const key = `${lang}:${w.toLowerCase()}`;
          expect(owner.get(key), `${key} in ${area}`).toBeUndefined();
          owner.set(key, area);
        }
      }
    }
  });

  it('are written into the letters, and some letters name the benefit in no other way', () => {
    const ids = new Set(moreTrainFamiliesL.map((f) => f.id));
    const docs = generateCorpus({ seed: 5, split: 'train', count: 600, familyFilter: (f) => ids.has(f.id) });
    const lang = (d: (typeof docs)[number]) => (d.language === 'nn' ? 'nb' : d.language) as 'nb' | 'sv' | 'da' | 'en';
    const withLay = docs.filter((d) => (layWords[d.area]?.[lang(d)] ?? []).some((w) => docText(d).replace(/\s+/g, ' ').includes(w)));
    expect(withLay.length / docs.length).toBeGreaterThan(0.75);
    expect(docs.some((d) => !/(Angående|Vedrørende|Vedr\.|Sag|Re|Subject|Gjelder|Sak|Ärende):/.test(docText(d)))).toBe(true);
  });
});
