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

/** The canonical bokmål token: the feature's name (`g:<canonical>`). */
const Canonical = z.string().regex(/^[a-zæøå][a-zæøå0-9-]*$/u, 'a canonical token is a lower-case bokmål word (hyphens allowed)');

/** A phrase listed twice says the list was not read; the features would not notice, a reader would. */
const Phrases = z
  .array(Phrase)
  .min(1)
  .superRefine((phrases, ctx) => {
    phrases.forEach((p, i) => {
      if (phrases.indexOf(p) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `phrase "${p}" is listed twice` });
    });
  });

/** A canonical token named by two concepts would merge them silently in the features. */
function canonicalOnce(canonicals: string[], ctx: z.RefinementCtx, path: (i: number) => (string | number)[]) {
  const seen = new Set<string>();
  canonicals.forEach((c, i) => {
    if (seen.has(c)) ctx.addIssue({ code: 'custom', path: path(i), message: `canonical token "${c}" is used twice` });
    seen.add(c);
  });
}

export const GlossaryConcept = z.object({
  canonical: Canonical,
  phrases: z.partialRecord(z.enum(languages), Phrases),
  /** What the concept points to, for measuring its precision only: the model weighs the feature itself. */
  indicates: z.object({ types: z.array(DocumentType).optional(), areas: z.array(AreaCode).optional() }).optional(),
});
export type GlossaryConcept = z.infer<typeof GlossaryConcept>;

export const Glossary = z
  .object({ concepts: z.array(GlossaryConcept).min(1) })
  .superRefine((g, ctx) => {
    canonicalOnce(g.concepts.map((c) => c.canonical), ctx, (i) => ['concepts', i, 'canonical']);
    g.concepts.forEach((c, i) => {
      if (Object.values(c.phrases).every((p) => !p?.length)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'phrases'], message: 'a concept needs at least one phrase' });
    });
  });
export type Glossary = z.infer<typeof Glossary>;

/**
 * The glossary as a model file carries it (`features.glossary`, domain/classify/glossary.ts): each
 * concept's phrases of every language under its canonical token. Checked when a model is loaded, so a
 * hand-edited or damaged model file is refused rather than read with phrases that can never match.
 */
export const GlossaryEntries = z
  .array(z.object({ canonical: Canonical, phrases: z.array(Phrase).min(1) }))
  .superRefine((entries, ctx) => canonicalOnce(entries.map((e) => e.canonical), ctx, (i) => [i, 'canonical']));
