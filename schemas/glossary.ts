import { z } from 'zod';
import { AreaCode, DocumentType, languages } from './taxonomy.ts';

/**
 * The domain glossary (config/glossary.json): words and phrases of SPEC's taxonomy in the five
 * languages letters come in, each concept named by one canonical bokmål token. The classifier's
 * features add the concept beside the writer's own words (domain/classify/features.ts), so a Danish
 * "sygedagpenge" carries the evidence the model learned from "sykepenger". Written from SPEC.md and
 * general knowledge of the benefits, never from the unseen-writer letters.
 *
 * A phrase is lower case and matched where a word begins; a trailing `*` lets the word go on
 * (inflections and compounds: "sygedagpeng*" also finds "sygedagpengene"), otherwise the phrase must
 * end where a word ends.
 */
const Phrase = z
  .string()
  .min(2)
  .regex(/^[^A-ZÆØÅÄÖ*]+\*?$/u, 'phrases are lower case; `*` only at the end');

export const GlossaryConcept = z.object({
  /** The canonical bokmål token: the feature's name (`g:<canonical>`). */
  canonical: z.string().regex(/^[a-zæøå][a-zæøå0-9-]*$/u, 'a canonical token is a lower-case bokmål word (hyphens allowed)'),
  phrases: z.partialRecord(z.enum(languages), z.array(Phrase).min(1)),
  /** What the concept points to, for measuring its precision only: the model weighs the feature itself. */
  indicates: z.object({ types: z.array(DocumentType).optional(), areas: z.array(AreaCode).optional() }).optional(),
});
export type GlossaryConcept = z.infer<typeof GlossaryConcept>;

export const Glossary = z
  .object({ concepts: z.array(GlossaryConcept).min(1) })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.concepts.forEach((c, i) => {
      if (seen.has(c.canonical)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'canonical'], message: `canonical token "${c.canonical}" is used twice` });
      seen.add(c.canonical);
      if (Object.values(c.phrases).every((p) => !p?.length)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'phrases'], message: 'a concept needs at least one phrase' });
    });
  });
export type Glossary = z.infer<typeof Glossary>;
