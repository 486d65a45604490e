import { Glossary } from '../schemas/glossary.ts';
import { InvalidGlossary, type GlossaryEntry } from '../domain/classify/glossary.ts';
import raw from './glossary.json' with { type: 'json' };

/**
 * The domain glossary (config/glossary.json), validated. Read by training only: a trained model
 * carries the concepts it was trained with in its feature options, so the classify stage never
 * reads this file and a model never meets a glossary it was not trained on.
 */
export function parseGlossary(input: unknown): Glossary {
  const result = Glossary.safeParse(input);
  if (!result.success) throw new InvalidGlossary('', result.error.issues);
  return result.data;
}

/** The concepts as the features read them: every language's phrases under the canonical token. */
export function glossaryFeatures(glossary: Glossary = parseGlossary(raw)): GlossaryEntry[] {
  return glossary.concepts.map((c) => ({ canonical: c.canonical, phrases: [...new Set(Object.values(c.phrases).flat())] }));
}
