import { describe, expect, it } from 'vitest';
import { docText, generateCorpus } from '../../corpus/generate.ts';
import { areaEvidence } from '../../domain/classify/evidence.ts';
import { defaultFeatureOptions, extractFeatures } from '../../domain/classify/features.ts';
import { foldDiacritics } from '../../domain/text/fold.ts';

const rulesIn = (text: string) => areaEvidence(text).map((h) => h.rule).sort();

describe('a writer without ø, å, æ or ä on the keyboard (session 10)', () => {
  it('folds letters to plain Latin, æ as ae, and leaves "oe" and "aa" alone', () => {
    expect(foldDiacritics('Uføretrygd, tandvård, lægehjælp, läkarvård, Ærlig')).toBe('Uforetrygd, tandvard, laegehjaelp, lakarvard, Aerlig');
    expect(foldDiacritics('poeng, maal')).toBe('poeng, maal');
  });

  it.each([
    ['Nav har stanset uforetrygden min.', 'uforetrygd'],
    ['Jeg klager over afslaget pa laegehjaelp.', 'legehjelp'],
    ['Forsakringskassan beviljade sjukersattning.', 'uforetrygd'],
    ['Jag overklagar beslutet om planerad vard utomlands.', 'behandling-i-utlandet'],
    ['Tilbakekreving etter kontroll av direkteoppgjor.', 'direkteoppgjor'],
  ])('"%s" is read by %s', (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it('every generated letter fires the same evidence rules with its diacritics folded as with them', () => {
    const docs = generateCorpus({ seed: 1010, split: 'train', count: 400 });
    const differing = docs.map(docText).filter((text) => rulesIn(foldDiacritics(text)).join() !== rulesIn(text).join());
    expect(differing.length).toBe(0);
  });

  it('a model trained with folded features reads "uforetrygd" as "uføretrygd"; one without does not', () => {
    const vector = (text: string, foldDiacritics: boolean) => [...extractFeatures(text, { ...defaultFeatureOptions, foldDiacritics }).vector.index];
    expect(vector('Klage på vedtak om uføretrygd', true)).toEqual(vector('Klage pa vedtak om uforetrygd', true));
    expect(vector('Klage på vedtak om uføretrygd', false)).not.toEqual(vector('Klage pa vedtak om uforetrygd', false));
  });
});
