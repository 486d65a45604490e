import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, recipeOf, seedOf } from '../../scripts/training-recipe.ts';

describe('a training recipe', () => {
  it('is every option but the seed and where output goes, in one order, so two draws of it compare equal', () => {
    const a = recipeOf({ seed: '7', out: '/tmp/a.json', 'dry-run': true, structure: true, 'no-glossary': true, method: 'softmax', 'fold-diacritics': false, 'without-families': 'more-e,more-l', glossary: undefined });
    const b = recipeOf({ 'without-families': 'more-e,more-l', method: 'softmax', 'no-glossary': true, structure: true, seed: '8', out: '/tmp/b.json' });
    expect(a).toBe('--method softmax --no-glossary --structure --without-families more-e,more-l');
    expect(b).toBe(a);
    expect(recipeOf({ structure: false, method: 'softmax' })).not.toBe(recipeOf({ structure: true, method: 'softmax' }));
  });
  it('reads a model\'s seed, and the default for a model trained before seeds were recorded', () => {
    expect(seedOf({ trainingData: { seed: 424244 } })).toBe(424244);
    expect(seedOf({ trainingData: { generated: 6500 } })).toBe(DEFAULT_SEED);
  });
});
