import type { Language } from '#schemas/taxonomy';
import { languages } from '#schemas/taxonomy';
import { extractFeatures, type FeatureOptions } from './features.ts';
import { argmax, softmax, sparseScores, type SparseLinear } from './linear.ts';

/**
 * Language of a letter: nb, nn, sv, da or en, from character n-grams (short ones: the spelling
 * differences that tell nynorsk from bokmål and Danish from both - "ikkje", "eg", "af", "hvad", "ä").
 * Learned from the corpus like the type model.
 */
export const languageFeatureOptions: FeatureOptions = { bits: 14, charMin: 1, charMax: 4, headLines: 0 };

export function detectLanguage(model: SparseLinear, options: FeatureOptions, text: string): { language: Language; confidence: number } {
  const { vector } = extractFeatures(text, options);
  if (vector.index.length === 0) return { language: 'nb', confidence: 0 };
  const p = softmax(sparseScores(model, vector));
  const best = argmax(p);
  const language = model.classes[best] as Language;
  if (!languages.includes(language)) throw new Error(`language model has an unknown class ${language}`);
  return { language, confidence: p[best]! };
}
