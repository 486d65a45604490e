import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { glossaryFeatures } from '../../config/glossary.ts';
import { drivingBoxes, drivingWords } from '../../domain/classify/driving-words.ts';
import { defaultFeatureOptions, extractFeatures, hash32, type FeatureOptions } from '../../domain/classify/features.ts';

const cues = Object.fromEntries(loadConfig().areas.map((a) => [a.code, a.cues]));
const folded: FeatureOptions = { ...defaultFeatureOptions, glossary: glossaryFeatures(), cues, structure: true, foldDiacritics: true };
const mask = (1 << folded.bits) - 1;
const has = (text: string, feature: string) => new Set(extractFeatures(text, folded).vector.index).has(hash32(feature) & mask);

describe('a model trained with folded features (review of model10, findings 2, 3 and 11)', () => {
  it('reads the glossary folded in the text and in the heading alike', () => {
    for (const text of ['Klage på vedtak om uføretrygd', 'Klage pa vedtak om uforetrygd']) {
      expect(has(text, 'g:uføretrygd')).toBe(true);
      expect(has(text, 'gh:uføretrygd')).toBe(true);
    }
  });

  it('gives a letter and its folded copy the same vector with glossary, cues and structure on', () => {
    const vector = (text: string) => [...extractFeatures(text, folded).vector.index];
    expect(vector('Klage på vedtak om uføretrygd\n\nJeg søker om blåresept og tannbehandling i utlandet.')).toEqual(
      vector('Klage pa vedtak om uforetrygd\n\nJeg soker om blaresept og tannbehandling i utlandet.'),
    );
  });

  it('keeps the word as written as the explanation source, so the page marks it', () => {
    const { sources } = extractFeatures('Klage på vedtak om uføretrygd', folded, true);
    const words = new Set(sources.map((s) => s.source));
    expect(words).toContain('uføretrygd');
    expect(words).not.toContain('uforetrygd');
    const driving = drivingWords([{ feature: 'area:uføretrygd', weight: 1 }]);
    expect(drivingBoxes([{ text: 'uføretrygd' }], driving)).toHaveLength(1);
  });

  it('leaves the features of an unfolded model as they were', () => {
    const plain: FeatureOptions = { ...folded, foldDiacritics: false };
    const index = new Set(extractFeatures('Klage pa vedtak om uforetrygd', plain).vector.index);
    expect(index.has(hash32('g:uføretrygd') & mask)).toBe(false);
    expect(index.has(hash32('w:uforetrygd') & mask)).toBe(true);
  });
});
